import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../pipelines/lib/period.ts';

describe('parsePeriod', () => {
  it.each([
    ['2023', '2023-01-01', '2023-12-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-07-01', '2025-07-01', '2025-07-01'],
    ['2025-07-01/2025-09-23', '2025-07-01', '2025-09-23'],
    ['2023/2024-Q1', '2023-01-01', '2024-03-31'],
  ])('reads %s', (label, start, end) => {
    expect(parsePeriod(label)).toEqual({ start, end });
  });

  it.each(['unknown', '2024-13', '2024-Q5', '2023-02-30', '2025/2024', '2021-2025', 'c. 2021'])('refuses %s', (label) => {
    expect(parsePeriod(label)).toBeNull();
  });
});
