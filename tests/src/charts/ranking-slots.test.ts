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
    expect(svg).toContain('Score published, rank not stated');
    expect(svg).toContain('>Hoàn Kiếm = Nam Từ Liêm 95.7<');
    expect(svg).toContain('Long Biên: rank 12, no score in our sources');
    expect(svg).toContain('Bloc average ≥ 83%');
    // Two sources give Phú Xuyên two scores: both printed and marked, on its own row; on the
    // narrow layout the label breaks between the two values.
    expect(svg).toContain('>Phú Xuyên 91.16 /<');
    expect(svg).toContain('>91.61 (sources differ)<');
    expect(renderSvg(rankingChart(sparseYear as RankingRow[], { lang: 'en', ...options, layout: LAYOUTS[2]! }))).toContain('>Phú Xuyên 91.16 / 91.61 (sources differ)<');
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/ranking-sparse-en.svg');
  });

  it('draws units that share a published place in that place, named together', () => {
    const rows = (sparseYear as RankingRow[]).map((r) => (r.unit_id === 'hoan-kiem' || r.unit_id === 'nam-tu-liem' ? { ...r, rank: 2 } : r));
    const svg = renderSvg(rankingChart(rows, { lang: 'en', ...options }));
    expect(svg).not.toContain('Score published, rank not stated');
    expect(svg).toContain('>Hoàn Kiếm = Nam Từ Liêm 95.7<');
    const gapGroup = svg.match(/<g[^>]*fill="url\(#chart-ranking-gap\)"[^>]*>(.*?)<\/g>/)?.[1] ?? '';
    expect((gapGroup.match(/<rect/g) ?? []).length).toBe(26);
  });

  it('formats numbers per language', () => {
    expect(renderSvg(rankingChart(sparseYear as RankingRow[], { lang: 'vi', ...options }))).toContain('Đống Đa 96,3<');
    expect(renderSvg(rankingChart(sparseYear as RankingRow[], { lang: 'en', ...options }))).toContain('Đống Đa 96.3<');
  });

  describe('without a number of places (no source states how many were ranked)', () => {
    const row = (unit_id: string, name: string, score: number | null, rank: number | null, unit_level = 'department'): RankingRow => ({
      unit_id, name_vi: name, name_en: name, unit_level, score, rank, comparator: null,
      source_id: 's', source_publisher_en: 'S', source_publisher_vi: 'S', source_title: 't', source_published: null, source_url: null,
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
    const list = { rankOf: null, level: 'department', layout: LAYOUTS[1]!, xDomain: [75, 100] as [number, number] };
    const svg = renderSvg(rankingChart(rows, { lang: 'vi', ...list, averageLevels: ['country'], averageText: (_r, v) => `TB ${v}` }));

    it('lists the units by published score, with only the ranks a source states, and draws no place', () => {
      expect(unitsTopDown(svg)).toEqual(['Sở Lao động', 'Sở Nội vụ', 'Sở Giao thông vận tải', 'Sở Y tế']);
      expect(rowNumbers(svg)).toEqual(['1', '2', '', '', '5']);
      expect(svg).toContain('>Sở Tư pháp: hạng 5, nguồn không nêu điểm<');
      expect(svg).not.toContain('ranking-gap)"');
      // No places, so no heading for the units without one.
      expect(svg).not.toContain('nguồn không nêu hạng');
    });

    it('labels an average of another level as asked', () => {
      expect(svg).toContain('TB 85,73%');
    });

    it('lists lower scores first when lower is better', () => {
      const low = renderSvg(rankingChart(rows.slice(0, 4), { lang: 'en', ...list, higherIsBetter: false }));
      expect(unitsTopDown(low)).toEqual(['Sở Y tế', 'Sở Giao thông vận tải', 'Sở Nội vụ', 'Sở Lao động']);
      expect(rowNumbers(low)).toEqual(['', '', '2', '1']);
    });
  });

  it('draws the score axis given, writes the unit given, and cuts a name too long for the width', () => {
    const long = 'Department of Agriculture and Rural Development of the City';
    const rows: RankingRow[] = [
      { unit_id: 'ha-noi', name_vi: 'Hà Nội', name_en: 'Hà Nội', unit_level: 'province', score: 43.7, rank: 29, comparator: null, source_id: 's', source_publisher_en: 'S', source_publisher_vi: 'S', source_title: 't', source_published: null, source_url: null },
      { unit_id: 'long', name_vi: long, name_en: long, unit_level: 'province', score: 41.2, rank: 40, comparator: null, source_id: 's', source_publisher_en: 'S', source_publisher_vi: 'S', source_title: 't', source_published: null, source_url: null },
    ];
    const svg = renderSvg(rankingChart(rows, { lang: 'en', rankOf: 63, level: 'province', layout: LAYOUTS[0]!, xDomain: [35, 80], scoreSuffix: ' points', scoreLabel: 'Points' }));
    expect(svg).toContain('>80<');
    expect(svg).not.toContain('>100<');
    expect(svg).toContain('>Points<');
    expect(svg).toContain('Hà Nội: 43.7 points');
    expect(svg).toContain(`${long}: 41.2 points`);
    expect(svg).toMatch(/>Department of [^<]*… 41\.2</);
    expect((svg.match(/<rect/g) ?? []).length).toBeGreaterThanOrEqual(61);
  });
});

/** The units with a dot, from the top of the chart down (by their dots' tooltips). */
function unitsTopDown(svg: string): string[] {
  const dots = [...svg.matchAll(/<circle[^>]*\scy="([-\d.]+)"[^>]*><title>([^:<]+):/g)].map((m) => ({ y: Number(m[1]), name: m[2]! }));
  return dots.sort((a, b) => a.y - b.y).map((d) => d.name);
}

/** The numbers written at the start of the chart's rows, from the top down. */
function rowNumbers(svg: string): string[] {
  const axis = /<g data-mark="y-axis tick label"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
  return [...axis.matchAll(/<text[^>]*>([^<]*)<\/text>|<text[^>]*\/>/g)].map((m) => m[1] ?? '');
}
