import { describe, expect, it } from 'vitest';
import { timeTickFormat } from '../../../src/charts/time-ticks.ts';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const labels = (lang: 'vi' | 'en', isos: string[]) => {
  const ticks = isos.map(utc);
  return ticks.map((d, i) => timeTickFormat(lang)(d, i, ticks));
};

describe('timeTickFormat', () => {
  it('labels year ticks with the year alone', () => {
    expect(labels('vi', ['2023-01-01', '2024-01-01'])).toEqual(['2023', '2024']);
  });

  it('labels every tick with its month once one tick falls inside a year, in the page language', () => {
    expect(labels('vi', ['2024-01-01', '2024-07-01', '2025-01-01'])).toEqual(['1/2024', '7/2024', '1/2025']);
    expect(labels('en', ['2024-01-01', '2024-07-01'])).toEqual(['Jan 2024', 'Jul 2024']);
  });

  it('labels day ticks with the day', () => {
    expect(labels('vi', ['2025-07-01', '2025-07-15'])).toEqual(['1/7/2025', '15/7/2025']);
  });
});
