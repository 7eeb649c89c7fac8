import { LAYOUTS } from '../../../src/charts/layout.ts';
import { describe, expect, it } from 'vitest';
import { coverageMatrixChart, type CoverageCell } from '../../../src/charts/coverage-matrix.ts';
import { renderSvg } from '../../../src/charts/render.ts';
import { normaliseSvg } from '../../helpers/svg.ts';

// The statuses come from the coverage view (tests/pipelines/domain/views.test.ts checks them).
const cell = (row: string, year: number, status: CoverageCell['status']): CoverageCell => ({ row, rowLabel: row.toUpperCase(), year, status });
const cells = [cell('a', 2022, 'missing'), cell('a', 2023, 'published'), cell('b', 2022, 'missing'), cell('b', 2023, 'disagreeing'), cell('c', 2022, 'missing'), cell('c', 2023, 'missing')];

describe('coverageMatrixChart', () => {
  it('draws missing cells with the hatch pattern, never a colour of the data', async () => {
    const svg = renderSvg(coverageMatrixChart(cells, { lang: 'en', layout: LAYOUTS[0]! }));
    expect((svg.match(/fill="url\(#chart-coverage-missing\)"/g) ?? []).length).toBe(4);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/coverage-en.svg');
  });
});
