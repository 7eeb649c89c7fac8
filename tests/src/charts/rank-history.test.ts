import { describe, expect, it } from 'vitest';
import { rankHistoryChart } from '../../../src/charts/rank-history.ts';
import { renderSvg } from '../../../src/charts/render.ts';
import type { RankRow } from '../../../src/charts/rank-history.ts';
import history from '../../fixtures/charts/rank-history.json';
import { normaliseSvg } from '../../helpers/svg.ts';

const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

describe('rankHistoryChart', () => {
  it('joins only consecutive published years', async () => {
    const svg = renderSvg(rankHistoryChart(history as RankRow[], { lang: 'vi', years: YEARS, rankOf: 30 }));
    // Cầu Giấy 2019–2020–2021 gives two links; Phú Xuyên (2016, 2019, 2023) and Long Biên (2021, 2023, 2024) give none and one.
    const links = svg.match(/<g[^>]*data-mark="link"[^>]*>(.*?)<\/g>/)?.[1] ?? '';
    expect((links.match(/<path/g) ?? []).length).toBe(3);
    expect((svg.match(/<circle/g) ?? []).length).toBe(9);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/rank-history-vi.svg');
  });
});
