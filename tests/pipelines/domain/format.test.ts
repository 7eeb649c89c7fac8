import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../../pipelines/domain/format.ts';

describe('formatDate', () => {
  it('writes a year, a month and a day as each language does, the same on every call', () => {
    for (let i = 0; i < 2; i++) {
      expect(['2025', '2025-02', '2025-02-27'].map((iso) => formatDate('vi', iso))).toEqual(['2025', '2/2025', '27/2/2025']);
      expect(['2025', '2025-02', '2025-02-27'].map((iso) => formatDate('en', iso))).toEqual(['2025', 'Feb 2025', '27 Feb 2025']);
    }
  });
});

describe('formatNumber', () => {
  it('writes decimals and thousands as each language does', () => {
    expect([formatNumber('vi', 91.61), formatNumber('vi', 2105)]).toEqual(['91,61', '2.105']);
    expect([formatNumber('en', 91.61), formatNumber('en', 2105), formatNumber('en', 1.25, 1)]).toEqual(['91.61', '2,105', '1.3']);
  });
});
