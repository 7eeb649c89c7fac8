import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../../src/charts/layout.ts';
import { timelineContent } from '../../../src/figures/timeline.ts';
import { CHART_POINTS } from '../../../src/lib/bounds.ts';
import { boundedTableHtml } from '../../../src/lib/bounded-table.ts';
import type { FigureRow } from '../../../src/queries/figure-rows.ts';

/** `units` series of `years` yearly actuals each, in the order the figures view gives them (period, then unit). */
function rows(units: number, years: number): FigureRow[] {
  return Array.from({ length: years }, (_, y) => Array.from({ length: units }, (_, u): FigureRow => ({
    obs_id: `o-${u}-${y}`,
    indicator_id: 'on_time_rate',
    indicator_name_vi: 'Tỷ lệ đúng hạn',
    indicator_name_en: 'On-time rate',
    indicator_unit: 'percent',
    unit_id: `unit-${u}`,
    unit_name_vi: `Đơn vị ${u}`,
    unit_name_en: `Unit ${u}`,
    unit_level: 'department',
    period: String(2000 + y),
    period_start: `${2000 + y}-01-01`,
    period_end: `${2000 + y}-12-31`,
    kind: 'actual',
    comparator: null,
    value: 50 + ((u * 7 + y * 3) % 40),
    rank: null,
    rank_of: null,
    as_of: null,
    note_en: null,
    note_vi: null,
    source_id: 's',
    source_publisher_en: 'Publisher', source_publisher_vi: 'Publisher',
    source_title: 'Title',
    source_published: '2024',
    source_url: null,
  }))).flat();
}

/** How many series the chart draws: its accessible label names each one. */
const drawnSeriesOf = (content: ReturnType<typeof timelineContent>) => content.chart!(LAYOUTS[0]!).ariaLabel!.split('; ').length;

describe('a timeline with more figures than a chart draws', () => {
  it('draws whole series within the budget, says how many it leaves out, and shows the drawn rows in its table', () => {
    const all = rows(20, 5); // 20 series of 5 years: 100 rows
    const content = timelineContent(all, { title: 'T', description: 'D' }, { lang: 'en' });
    const drawnSeries = Math.floor(CHART_POINTS / 5);
    expect(drawnSeriesOf(content)).toBe(drawnSeries);
    expect(content.note).toBe(`The chart draws ${drawnSeries} of 20 series; the others are in the chart’s data.`);
    expect(content.table.rows).toHaveLength(100);
    expect(content.table.limit).toBe(drawnSeries * 5);
    // The table's first rows are the drawn series', and the line under it points to every row.
    expect(content.table.rows.slice(0, drawnSeries * 5).every((r) => Number(/Unit (\d+)/.exec(r[0] as string)![1]) < drawnSeries)).toBe(true);
    const html = boundedTableHtml(content.table, 'en');
    expect(html.match(/<tr>/g)).toHaveLength(drawnSeries * 5 + 1);
    expect(html).toContain(`the other ${100 - drawnSeries * 5} are not shown here`);
    expect(html).toContain('/en/explore/?tab=sql');
  });

  it('draws the latest stretch of a single series longer than the budget', () => {
    const all = rows(1, CHART_POINTS + 10);
    const content = timelineContent(all, { title: 'T', description: 'D' }, { lang: 'vi' });
    expect(content.note).toBe(`Biểu đồ vẽ ${CHART_POINTS} trong ${CHART_POINTS + 10} giá trị; các giá trị khác có trong dữ liệu của biểu đồ.`);
    expect(content.table.rows[0]![1]).toBe(String(2010));
  });

  it('leaves a timeline within the budget as it was: no note, every row shown', () => {
    const all = rows(3, 5);
    const content = timelineContent(all, { title: 'T', description: 'D' }, { lang: 'en' });
    expect(content.note).toBeUndefined();
    expect(drawnSeriesOf(content)).toBe(3);
    expect(content.table.rows.map((r) => r[1])).toEqual(all.map((r) => r.period));
    expect(boundedTableHtml(content.table, 'en')).not.toContain('table-more');
  });
});
