import { describe, expect, it } from 'vitest';
import { searchEntries, searchKey, type SearchEntry } from '../../../src/lib/search.ts';

const entry = (k: SearchEntry['k'], vi: string, en: string, a?: string[]): SearchEntry => ({ k, n: [vi, en], p: [`/${vi}/`, `/en/${en}/`], ...(a ? { a } : {}) });
const ENTRIES = [
  entry('u', 'Các xã, thị trấn thuộc huyện Phú Xuyên', 'Communes and township of Phú Xuyên district'),
  entry('u', 'Phú Xuyên', 'Phu Xuyen', ['Huyện Phú Xuyên']),
  entry('u', 'Phúc Thọ', 'Phuc Tho'),
  entry('i', 'Chỉ số PAPI', 'PAPI governance index', ['papi_province']),
  entry('u', 'Sở Nội vụ', 'Department of Home Affairs'),
  entry('i', 'Chỉ số CCHC của các sở, cơ quan tương đương sở (Hà Nội)', "PAR index of Hà Nội's departments"),
  entry('u', 'Đống Đa', 'Dong Da'),
];
const first = (query: string) => searchEntries(ENTRIES, query)[0]?.n[0];

describe('searchKey', () => {
  it('drops diacritics (đ is d), case and punctuation', () => {
    expect(searchKey('Sở Nội vụ')).toBe('so noi vu');
    expect(searchKey('Đống Đa')).toBe('dong da');
    expect(searchKey("  Sở LĐ-TB&XH ")).toBe('so ld tb xh');
    // Decomposed input (as some keyboards type it) matches too.
    expect(searchKey('Phu\u0301 Xuye\u0302n')).toBe('phu xuyen');
  });
});

describe('searchEntries', () => {
  it('finds a unit with or without diacritics, the unit itself before what only mentions it', () => {
    expect(first('phu xuyen')).toBe('Phú Xuyên');
    expect(first('Phú Xuyên')).toBe('Phú Xuyên');
    expect(first('dong da')).toBe('Đống Đa');
  });

  it('finds by either language and by other spellings', () => {
    expect(first('PAPI')).toBe('Chỉ số PAPI');
    expect(first('home affairs')).toBe('Sở Nội vụ');
    expect(first('huyen phu')).toBe('Phú Xuyên');
  });

  it('puts the exact name first when a longer name contains it', () => {
    expect(first('Sở Nội vụ')).toBe('Sở Nội vụ');
  });

  it('matches the start of each word typed', () => {
    expect(searchEntries(ENTRIES, 'phu').map((e) => e.n[0])).toEqual(['Phú Xuyên', 'Phúc Thọ', 'Các xã, thị trấn thuộc huyện Phú Xuyên']);
  });

  it('finds nothing for an empty query or a name it does not hold', () => {
    expect(searchEntries(ENTRIES, '  ')).toEqual([]);
    expect(searchEntries(ENTRIES, 'Đà Lạt')).toEqual([]);
  });
});
