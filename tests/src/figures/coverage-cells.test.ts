import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../../src/charts/layout.ts';
import { coverageContent, type CoverageQueryRow } from '../../../src/figures/coverage-cells.ts';

const cells = (units: number, years: number): CoverageQueryRow[] =>
  Array.from({ length: units }, (_, u) => Array.from({ length: years }, (_, y) => ({ row: `u${u}`, label_vi: `Đơn vị ${u}`, label_en: `Unit ${u}`, year: 2010 + y, status: y % 2 ? 'published' : 'missing' }))).flat();

/** The row labels the matrix draws (its y domain). */
const drawnRows = (content: ReturnType<typeof coverageContent>) => (content.chart!(LAYOUTS.at(-1)!).y as { domain: string[] }).domain;

describe('a coverage matrix with more cells than its budget', () => {
  it('draws its first rows whole within the budget, says so, and keeps every row in its table', () => {
    const content = coverageContent(cells(50, 10), { title: 'T', description: 'D', rowHeader: 'Unit' }, 'en', 300);
    expect(drawnRows(content)).toEqual(Array.from({ length: 30 }, (_, u) => `Unit ${u}`));
    expect(content.note).toBe('The chart draws the first 30 of 50 rows; the others are in the chart’s data.');
    expect(content.table.rows).toHaveLength(50);
  });

  it('draws a matrix within its budget whole, with no note', () => {
    const content = coverageContent(cells(30, 9), { title: 'T', description: 'D', rowHeader: 'Unit' }, 'vi', 300);
    expect(drawnRows(content)).toHaveLength(30);
    expect(content.note).toBeUndefined();
  });
});
