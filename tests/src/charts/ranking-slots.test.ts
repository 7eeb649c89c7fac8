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

  describe('without a number of places (no source states how many were ranked)', () => {
    const row = (unit_id: string, name: string, score: number | null, rank: number | null, unit_level = 'department'): RankingRow => ({
      unit_id, name_vi: name, name_en: name, unit_level, score, rank, comparator: null,
      source_id: 's', source_publisher: 'S', source_title: 't', source_published: null, source_url: null,
    });
    // Listed in the source's order, which is not a rank: the chart must order by score itself.
    const rows = [
      row('so-y-te', 'Sở Y tế', 81.01, null),
      row('so-noi-vu', 'Sở Nội vụ', 91.59, 2),
      row('so-giao-thong', 'Sở Giao thông vận tải', 81.41, null),
      row('so-lao-dong', 'Sở Lao động', 91.68, 1),
      row('so-tu-phap', 'Sở Tư pháp', null, 5),
      row('vn', 'Cả nước', 85.73, null, 'country'),
    ];
    const svg = renderSvg(rankingChart(rows, { lang: 'vi', rankOf: null, level: 'department', averageLevels: ['country'], averageText: (_r, v) => `TB ${v}` }));
    const labels = [...svg.matchAll(/<text[^>]*>([^<]*·[^<]*)<\/text>/g)].map((m) => m[1]);

    it('lists the units by published score, with only the ranks a source states, and draws no place', () => {
      expect(labels).toEqual(['1 · Sở Lao động', '2 · Sở Nội vụ', '– · Sở Giao thông vận tải', '– · Sở Y tế', '5 · Sở Tư pháp']);
      expect(svg).not.toContain('url(#ranking-gap)"');
      expect(svg).toContain('hạng 5, chưa công bố điểm');
    });

    it('labels an average of another level as asked', () => {
      expect(svg).toContain('TB 85,73%');
    });

    it('lists lower scores first when lower is better', () => {
      const low = renderSvg(rankingChart(rows.slice(0, 4), { lang: 'en', rankOf: null, level: 'department', higherIsBetter: false }));
      const order = [...low.matchAll(/<text[^>]*>([^<]*·[^<]*)<\/text>/g)].map((m) => m[1]);
      expect(order).toEqual(['– · Sở Y tế', '– · Sở Giao thông vận tải', '2 · Sở Nội vụ', '1 · Sở Lao động']);
    });
  });

  it('ends the score axis at the scale given and writes the unit given', () => {
    const svg = renderSvg(rankingChart([{ unit_id: 'ha-noi', name_vi: 'Hà Nội', name_en: 'Hanoi', unit_level: 'province', score: 43.7, rank: 29, comparator: null, source_id: 's', source_publisher: 'S', source_title: 't', source_published: null, source_url: null }], { lang: 'en', rankOf: 63, level: 'province', scoreMax: 80, scoreSuffix: ' points' }));
    expect(svg).toContain('>80<');
    expect(svg).not.toContain('>100<');
    expect(svg).toContain('Hanoi: 43.7 points');
    expect((svg.match(/<rect/g) ?? []).length).toBeGreaterThanOrEqual(62);
  });
});
