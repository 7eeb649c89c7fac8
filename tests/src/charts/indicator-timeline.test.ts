import { LAYOUTS } from '../../../src/charts/layout.ts';
import { describe, expect, it } from 'vitest';
import { indicatorTimelineChart, timelineSeries } from '../../../src/charts/indicator-timeline.ts';
import { COLORS } from '../../../src/charts/theme.ts';
import { renderSvg } from '../../../src/charts/render.ts';
import type { TimelineRow } from '../../../src/charts/indicator-timeline.ts';
import { normaliseSvg } from '../../helpers/svg.ts';

const base = { source_id: 's', source_url: null, rank_of: null, indicator_name_vi: 'Tỷ lệ hồ sơ trực tuyến', indicator_name_en: 'Dossiers received online', indicator_unit: 'percent', source_publisher_en: 'Source', source_publisher_vi: 'Source', source_title: 't', source_published: '2025', rank: null, as_of: null };
const row = (o: Partial<TimelineRow>): TimelineRow => ({ ...base, indicator_id: 'dossiers_received_online_share', unit_id: '', unit_name_vi: '', unit_name_en: '', period: '', period_start: '', period_end: '', kind: 'actual', value: null, comparator: null, ...o });
const rows: TimelineRow[] = [
  row({ unit_id: 'phu-xuyen', unit_name_vi: 'Phú Xuyên', unit_name_en: 'Phú Xuyên', period: '2024', period_start: '2024-01-01', period_end: '2024-12-31', kind: 'target', comparator: '>=', value: 50 }),
  row({ unit_id: 'cau-giay', unit_name_vi: 'Cầu Giấy', unit_name_en: 'Cầu Giấy', period: '2025-03', period_start: '2025-03-01', period_end: '2025-03-31', kind: 'actual', value: 4.8 }),
  row({ unit_id: 'hn-commune-bloc', unit_name_vi: '126 xã, phường', unit_name_en: '126 communes', period: '2025-07-01/2025-09-23', period_start: '2025-07-01', period_end: '2025-09-23', kind: 'actual', value: 59.71 }),
  row({ unit_id: 'hn-commune-bloc', unit_name_vi: '126 xã, phường', unit_name_en: '126 communes', period: '2025-07', period_start: '2025-07-01', period_end: '2025-07-31', kind: 'target', comparator: '>=', value: 60 }),
];
const monthEnd = (period: string) => new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).toISOString().slice(0, 10);
const monthly = (period: string, value: number): TimelineRow =>
  row({ indicator_id: 'service_index_766', indicator_unit: 'points', unit_id: 'ha-noi', unit_name_vi: 'Hà Nội', unit_name_en: 'Hà Nội', period, period_start: `${period}-01`, period_end: monthEnd(period), kind: 'actual', value });

describe('indicatorTimelineChart', () => {
  it('draws targets as labelled diamonds, ranges as bars, and the 1 July 2025 marker', async () => {
    const svg = renderSvg(indicatorTimelineChart(rows, { lang: 'vi', layout: LAYOUTS[0]!, reorganisation: true }));
    expect(svg).toContain('≥ 50%');
    expect(svg).toContain('≥ 60%');
    expect(svg).toContain('1/7/2025: bỏ cấp huyện');
    // A long label takes two lines.
    expect(svg).toMatch(/>126 xã,<\/tspan><tspan[^>]*>phường 59,71</);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/timeline-online-vi.svg');
  });

  it('labels a monthly time axis in the page language, on one line', () => {
    const months = [monthly('2024-07', 58.86), monthly('2024-10', 61.18), monthly('2025-03', 62.28)];
    const ticks = (lang: 'vi' | 'en') => [...renderSvg(indicatorTimelineChart(months, { lang, layout: LAYOUTS[1]! })).matchAll(/data-mark="x-axis tick label"[^]*?<\/g>/g)].flatMap((m) => [...m[0].matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]));
    expect(ticks('vi')).toEqual(['7/2024', '9/2024', '11/2024', '1/2025', '3/2025', '5/2025']);
    expect(ticks('en')).toContain('Jan 2025');
  });

  it('never joins a line across a missing month', () => {
    const svg = renderSvg(indicatorTimelineChart([monthly('2024-07', 58.86), monthly('2024-10', 61.18), monthly('2024-11', 58.69), monthly('2024-12', 62.28)], { lang: 'en', layout: LAYOUTS[0]! }));
    const lines = svg.match(/<g[^>]*data-mark="line"[^>]*>(.*?)<\/g>/)?.[1] ?? '';
    // July stands alone (a path with no segment); October–November–December is one line of two segments.
    const drawn = [...lines.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]!).filter((d) => d.includes('L'));
    expect(drawn).toHaveLength(1);
    expect((drawn[0]!.match(/L/g) ?? []).length).toBe(2);
  });

  it('names one series per indicator and unit, in a fixed order', () => {
    expect(timelineSeries('en', rows).map((s) => s.label)).toEqual(['Phú Xuyên', 'Cầu Giấy', '126 communes']);
  });

  it('names and colours the first few series and draws the others in grey behind them, without labels', () => {
    const units = ['ha-noi', 'hai-phong', 'quang-ninh', 'da-nang', 'can-tho', 'hue', 'vinh'];
    const many = units.flatMap((unit, i) => ['2022', '2023'].map((year, j) => row({ unit_id: unit, unit_name_vi: unit, unit_name_en: unit, period: year, period_start: `${year}-01-01`, period_end: `${year}-12-31`, value: 80 + i * 2 + j })));
    expect(timelineSeries('en', many).every((s) => !s.context)).toBe(true);
    const series = timelineSeries('en', many, 3);
    expect(series.filter((s) => !s.context).map((s) => s.key.split('|')[1])).toEqual(units.slice(0, 3));
    const svg = renderSvg(indicatorTimelineChart(many, { lang: 'en', layout: LAYOUTS[0]!, named: 3 }));
    expect(svg).toContain('>ha-noi 81<');
    expect(svg).not.toMatch(/>hue [\d.]+</);
    expect(svg).toContain(`fill="${COLORS.context}"`);
  });
});
