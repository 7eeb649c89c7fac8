import { LAYOUTS } from '../../../src/charts/layout.ts';
import { describe, expect, it } from 'vitest';
import { rankingChart } from '../../../src/charts/ranking-slots.ts';
import { renderSvg } from '../../../src/charts/render.ts';
import type { RankingRow } from '../../../src/charts/ranking-slots.ts';
import fullYear from '../../fixtures/charts/full-year.json';
import sparseYear from '../../fixtures/charts/sparse-year.json';
import { normaliseSvg } from '../../helpers/svg.ts';

const options = { rankOf: 30, level: 'district', layout: LAYOUTS[0]!, xDomain: [80, 100] as [number, number] };

describe('rankingChart', () => {
  it('draws a full synthetic year of 30 units with no gaps', async () => {
    const svg = renderSvg(rankingChart(fullYear as RankingRow[], { lang: 'vi', ...options }));
    expect((svg.match(/<circle/g) ?? []).length).toBe(30);
    expect(svg).not.toContain('url(#chart-ranking-gap)"');
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/ranking-full-vi.svg');
  });

  it('draws unpublished places as hatched gaps and never places a unit without a published rank in a slot', async () => {
    const svg = renderSvg(rankingChart(sparseYear as RankingRow[], { lang: 'en', ...options }));
    // 30 places, 3 of them published (1, 12, 30): 27 gaps.
    const gapGroup = svg.match(/<g[^>]*fill="url\(#chart-ranking-gap\)"[^>]*>(.*?)<\/g>/)?.[1] ?? '';
    expect((gapGroup.match(/<rect/g) ?? []).length).toBe(27);
    // The two units tied at 95.7 without a published rank share one row after the places.
    expect(svg).toContain('Score published, rank not published');
    expect(svg).toContain('>Hoàn Kiếm = Nam Từ Liêm 95.7<');
    expect(svg).toContain('Long Biên: rank 12, score not published');
    expect(svg).toContain('Bloc average ≥ 83%');
    // Two sources give Phú Xuyên two scores: both printed and marked, on its own row.
    expect(svg).toContain('>Phú Xuyên 91.16 / 91.61 (sources differ)<');
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/ranking-sparse-en.svg');
  });

  it('draws units that share a published place in that place, named together', () => {
    const rows = (sparseYear as RankingRow[]).map((r) => (r.unit_id === 'hoan-kiem' || r.unit_id === 'nam-tu-liem' ? { ...r, rank: 2 } : r));
    const svg = renderSvg(rankingChart(rows, { lang: 'en', ...options }));
    expect(svg).not.toContain('Score published, rank not published');
    expect(svg).toContain('>Hoàn Kiếm = Nam Từ Liêm 95.7<');
    const gapGroup = svg.match(/<g[^>]*fill="url\(#chart-ranking-gap\)"[^>]*>(.*?)<\/g>/)?.[1] ?? '';
    expect((gapGroup.match(/<rect/g) ?? []).length).toBe(26);
  });

  it('formats numbers per language', () => {
    expect(renderSvg(rankingChart(sparseYear as RankingRow[], { lang: 'vi', ...options }))).toContain('Đống Đa 96,3<');
    expect(renderSvg(rankingChart(sparseYear as RankingRow[], { lang: 'en', ...options }))).toContain('Đống Đa 96.3<');
  });
});
