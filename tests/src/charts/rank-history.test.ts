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

  it('puts the years down the rows when their ranks do not fit across the width, each unit named over its column', () => {
    const years = Array.from({ length: 15 }, (_, i) => 2010 + i);
    const ranks = years.map((year, i) => ({ unit_id: 'par', name_vi: 'PAR INDEX', name_en: 'PAR INDEX', year, rank: 40 + i }));
    const svg = renderSvg(rankHistoryChart([...ranks, { unit_id: 'sipas', name_vi: 'SIPAS', name_en: 'SIPAS', year: 2020, rank: 33 }], { lang: 'en', layout: LAYOUTS[0]!, years, rankOf: 63 }));
    const rowLabels = /<g data-mark="y-axis tick label"[^>]*>(.*?)<\/g>/.exec(svg)![1]!;
    expect([...rowLabels.matchAll(/>(\d{4})</g)].map((m) => Number(m[1]))).toEqual(years);
    expect(svg).toContain('>PAR INDEX<');
    expect(svg).toContain('>SIPAS<');
    expect(svg).toContain('SIPAS 2020: rank 33/63');
    // The same ranks over a few years fit across, units down the rows.
    const across = renderSvg(rankHistoryChart(ranks.slice(0, 5), { lang: 'en', layout: LAYOUTS[0]!, years: years.slice(0, 5), rankOf: 63 }));
    expect(/<g data-mark="y-axis tick label"[^>]*>(.*?)<\/g>/.exec(across)![1]).toContain('>PAR INDEX<');
  });
});
