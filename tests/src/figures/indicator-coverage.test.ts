import { describe, expect, it } from 'vitest';
import indicatorCoverage from '../../../src/figures/indicator-coverage.figure.ts';

const row = (unit_level: string, row: string, label_vi: string, label_en: string, year: number) => ({ row, label_vi, label_en, unit_level, year, status: 'published' });
// As the query returns them: level by level, names in code-point order (Đ after every other letter).
const rows = [
  row('bloc', 'khoi-quan', 'Khối quận', 'Urban districts bloc', 2023),
  row('district', 'cau-giay', 'Cầu Giấy', 'Cau Giay', 2023),
  row('district', 'hoan-kiem', 'Hoàn Kiếm', 'Hoan Kiem', 2023),
  row('district', 'thuong-tin', 'Thường Tín', 'Thuong Tin', 2023),
  row('district', 'dong-da', 'Đống Đa', 'Dong Da', 2022),
  row('district', 'dong-da', 'Đống Đa', 'Dong Da', 2023),
  row('district', 'dan-phuong', 'Đan Phượng', 'Dan Phuong', 2023),
];
const meta = { name_vi: 'Chỉ số CCHC', name_en: 'PAR INDEX' };
const tableUnits = (lang: 'vi' | 'en') => indicatorCoverage.render({ meta, rows } as never, 'par_index_district', lang).table.rows.map((cells) => cells[0]);

describe('indicator-coverage', () => {
  it('lists each level’s units in the alphabetical order of the language, levels in the query’s order', () => {
    expect(tableUnits('vi')).toEqual(['Khối quận', 'Cầu Giấy', 'Đan Phượng', 'Đống Đa', 'Hoàn Kiếm', 'Thường Tín']);
    expect(tableUnits('en')).toEqual(['Urban districts bloc', 'Cau Giay', 'Dan Phuong', 'Dong Da', 'Hoan Kiem', 'Thuong Tin']);
  });
});
