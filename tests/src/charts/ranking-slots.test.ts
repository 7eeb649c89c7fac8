import { describe, expect, it } from 'vitest';
import { rankingChart } from '../../../src/charts/ranking-slots.ts';
import { renderSvg } from '../../../src/charts/render.ts';
import type { RankingRow } from '../../../src/charts/ranking-slots.ts';
import fullYear from '../../fixtures/charts/full-year.json';
import sparseYear from '../../fixtures/charts/sparse-year.json';
import { normaliseSvg } from '../../helpers/svg.ts';

describe('rankingChart', () => {
  it('draws a full synthetic year of 30 units with no gaps', async () => {
    const svg = renderSvg(rankingChart(fullYear as RankingRow[], { lang: 'vi', rankOf: 30, level: 'district' }));
    expect((svg.match(/<circle/g) ?? []).length).toBe(30);
    expect(svg).not.toContain('url(#ranking-gap)"');
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/ranking-full-vi.svg');
  });

  it('draws unpublished places as hatched gaps and never places a unit without a published rank in a slot', async () => {
    const svg = renderSvg(rankingChart(sparseYear as RankingRow[], { lang: 'en', rankOf: 30, level: 'district' }));
    // 30 places, 3 of them published (1, 12, 30): 27 gaps.
    const gapGroup = svg.match(/<g[^>]*fill="url\(#ranking-gap\)"[^>]*>(.*?)<\/g>/)?.[1] ?? '';
    expect((gapGroup.match(/<rect/g) ?? []).length).toBe(27);
    expect(svg).toContain('– · Hoan Kiem');
    expect(svg).toContain('rank 12, score not published');
    expect(svg).toContain('Bloc average ≥ 83%');
    expect(svg).toContain('sources differ');
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/ranking-sparse-en.svg');
  });

  it('formats numbers per language', () => {
    expect(renderSvg(rankingChart(sparseYear as RankingRow[], { lang: 'vi', rankOf: 30, level: 'district' }))).toContain('>91,61<');
    expect(renderSvg(rankingChart(sparseYear as RankingRow[], { lang: 'en', rankOf: 30, level: 'district' }))).toContain('>91.61<');
  });
});
