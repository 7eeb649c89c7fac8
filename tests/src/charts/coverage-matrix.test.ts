import { describe, expect, it } from 'vitest';
import { coverageMatrixChart } from '../../../src/charts/coverage-matrix.ts';
import { renderSvg } from '../../../src/charts/render.ts';
import { coverageCells } from '../../../src/lib/coverage.ts';
import type { QueryRow } from '../../../src/lib/rows.ts';
import { normaliseSvg } from '../../helpers/svg.ts';

const obs = (unit_id: string, year: number, value: number, obs_id: string): QueryRow => ({ obs_id, unit_id, indicator_id: 'par_index_district', period: String(year), kind: 'actual', value, rank: null, year });

describe('coverage', () => {
  const cells = coverageCells(
    [obs('a', 2023, 91, 'o1'), obs('b', 2023, 92, 'o2'), obs('b', 2023, 92.5, 'o3')],
    [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }],
    [2022, 2023],
    (o) => String(o.unit_id),
  );

  it('marks each unit-year published, disagreeing or missing', () => {
    expect(cells.map((c) => `${c.row}${c.year}:${c.status}`)).toEqual(['a2022:missing', 'a2023:published', 'b2022:missing', 'b2023:disagreeing', 'c2022:missing', 'c2023:missing']);
  });

  it('draws missing cells with the hatch pattern', async () => {
    const svg = renderSvg(coverageMatrixChart(cells, { lang: 'en' }));
    expect((svg.match(/fill="url\(#coverage-missing\)"/g) ?? []).length).toBe(4);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/coverage-en.svg');
  });
});
