import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPeriod } from '../../../pipelines/domain/format.ts';

describe('formatDate', () => {
  it('writes a year, a month and a day as each language does, the same on every call', () => {
    for (let i = 0; i < 2; i++) {
      expect(['2025', '2025-02', '2025-02-27'].map((iso) => formatDate('vi', iso))).toEqual(['2025', '2/2025', '27/2/2025']);
      expect(['2025', '2025-02', '2025-02-27'].map((iso) => formatDate('en', iso))).toEqual(['2025', 'Feb 2025', '27 Feb 2025']);
    }
  });
});

describe('formatPeriod', () => {
  it('writes every kind of period label as each language does', () => {
    const labels = ['2023', '2024-Q1', '2024-11', '2025-07-01', '2025-07-01/2025-09-23', '2023/2024-Q1', '2021/2025'];
    expect(labels.map((p) => formatPeriod('vi', p))).toEqual(['2023', 'Quý 1/2024', '11/2024', '1/7/2025', '1/7/2025 – 23/9/2025', '2023 – Quý 1/2024', '2021 – 2025']);
    expect(labels.map((p) => formatPeriod('en', p))).toEqual(['2023', 'Q1 2024', 'Nov 2024', '1 Jul 2025', '1 Jul 2025 – 23 Sept 2025', '2023 – Q1 2024', '2021 – 2025']);
  });
});

describe('formatNumber', () => {
  it('writes decimals and thousands as each language does', () => {
    expect([formatNumber('vi', 91.61), formatNumber('vi', 2105)]).toEqual(['91,61', '2.105']);
    expect([formatNumber('en', 91.61), formatNumber('en', 2105), formatNumber('en', 1.25, 1)]).toEqual(['91.61', '2,105', '1.3']);
  });
});
