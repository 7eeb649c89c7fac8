import { LAYOUTS } from '../../../src/charts/layout.ts';
import { describe, expect, it } from 'vitest';
import { rankHistoryChart } from '../../../src/charts/rank-history.ts';
import { renderSvg } from '../../../src/charts/render.ts';
import type { RankRow } from '../../../src/charts/rank-history.ts';
import history from '../../fixtures/charts/rank-history.json';
import { normaliseSvg } from '../../helpers/svg.ts';

const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

describe('rankHistoryChart', () => {
  it('prints each published rank in its unit-year cell and leaves other years empty', async () => {
    const svg = renderSvg(rankHistoryChart(history as RankRow[], { lang: 'vi', layout: LAYOUTS[0]!, years: YEARS, rankOf: 30 }));
    // Nine published ranks of three units: nine printed numbers; the other 18 unit-years are empty cells.
    const marks = [...svg.matchAll(/<g[^>]*data-mark="text"[^>]*>(.*?)<\/g>/g)].map((m) => m[1]).join('');
    const printed = [...marks.matchAll(/>(\d+)<\/text>/g)].map((m) => m[1]).sort();
    expect(printed).toEqual(['1', '1', '1', '3', '12', '1', '30', '20', '30'].sort());
    expect((svg.match(/<rect/g) ?? []).length).toBe(3 * 9 + 9);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/rank-history-vi.svg');
  });

  it('marks a target rank as a target, never as a published rank', () => {
    const target = { ...(history as RankRow[])[0]!, year: 2024, rank: 18 };
    const svg = renderSvg(rankHistoryChart(history as RankRow[], { lang: 'en', layout: LAYOUTS[0]!, years: YEARS, rankOf: 30, targets: [target] }));
    expect(svg).toContain('>◇18<');
    expect(svg).toContain('target 18/30');
  });
});
