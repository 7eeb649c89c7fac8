import * as Plot from '@observablehq/plot';
import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { formatNumber, t } from '../i18n/t.ts';
import { compactValue, valueText } from '../lib/figure-text.ts';
import type { SourceFields } from '../lib/sources.ts';
import { labelMark, type LabelSpec } from './labels.ts';
import { textWidth, type ChartLayout } from './layout.ts';
import { COLORS, seriesColor } from './theme.ts';
import { timeAxis } from './time-ticks.ts';

/** An actual or a target of one indicator for one unit in one period. */
export interface TimelineRow extends SourceFields {
  indicator_id: string;
  indicator_name_vi: string;
  indicator_name_en: string;
  indicator_unit: string;
  unit_id: string;
  unit_name_vi: string;
  unit_name_en: string;
  period: string;
  period_start: string;
  period_end: string;
  kind: string;
  comparator: string | null;
  value: number | null;
  rank: number | null;
  rank_of: number | null;
  as_of: string | null;
}

export interface TimelineSeries {
  key: string;
  label: string;
  color: string;
  /** The series' letter ("A"), by which its points are labelled when the names are too long to print on the chart. */
  letter: string;
  /** A series beyond the first few, drawn in grey behind them for context, without labels. */
  context: boolean;
}



/** Names too long to print by the points: the series get letters, explained in the legend. */
export const lettered = (series: TimelineSeries[]) => {
  const named = series.filter((s) => !s.context);
  return named.length > 1 && named.some((s) => s.label.length > 24);
};

export interface TimelineOptions {
  lang: Lang;
  layout: ChartLayout;
  /** Draw the 1 July 2025 reorganisation as a marker (for figures that run into 2025). */
  reorganisation?: boolean;
  yLabel?: string;
  /** Fixed y range; by default it spans the values and targets. */
  yDomain?: [number, number];
  /**
   * How many series are named and coloured, in the rows' order; the others are drawn in grey
   * behind them, for context (by default all). Many series bunched together leave their labels no
   * room on a phone, and colours stop being told apart.
   */
  named?: number;
}

/** A series is one indicator for one unit; the legend and the chart share this order. */
export function timelineSeries(lang: Lang, rows: TimelineRow[], named = Infinity): TimelineSeries[] {
  const keys = [...new Set(rows.map(seriesKey))];
  const indicators = new Set(rows.map((r) => r.indicator_id)).size;
  return keys.map((key, i) => {
    const r = rows.find((x) => seriesKey(x) === key)!;
    const unit = localized(r, 'unit_name', lang);
    const context = i >= named;
    return { key, label: indicators > 1 ? `${unit} — ${localized(r, 'indicator_name', lang)}` : unit, color: context ? COLORS.context : seriesColor(i), letter: String.fromCharCode(65 + i), context };
  });
}

/** A series is one indicator for one unit. */
export const seriesKey = (r: TimelineRow) => `${r.indicator_id}|${r.unit_id}`;

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const yearTicks = ([from, to]: Date[]) => {
  const ticks: Date[] = [];
  for (let y = from!.getUTCFullYear(); y <= to!.getUTCFullYear(); y++) ticks.push(new Date(Date.UTC(y, 6, 2)));
  return ticks.filter((d) => d >= from! && d <= to!);
};
const REORGANISATION = new Date('2025-07-01T00:00:00Z');
/** A figure sits in the middle of its period: a year's figure between that year's ticks. */
const midpoint = (r: TimelineRow) => new Date((date(r.period_start).getTime() + date(r.period_end).getTime() + 86_400_000) / 2);

/**
 * Actuals and targets over time. An actual is a filled dot in the middle of its period (a range is
 * a bar over it); a target is an open diamond labelled with how it is stated ("≥ 50%"). Series are
 * joined only between actuals, never to a target. Every series is named by a label at its last
 * figure (no colour legend to match), and labels are placed so that none overlaps another.
 */
export function indicatorTimelineChart(rows: TimelineRow[], { lang, layout, reorganisation = false, yLabel, yDomain, named: namedCount }: TimelineOptions): Plot.PlotOptions {
  const series = timelineSeries(lang, rows, namedCount);
  const color = new Map(series.map((s) => [s.key, s.color]));
  const labelOf = new Map(series.map((s) => [s.key, s.label]));
  type Plotted = TimelineRow & { value: number; start: Date; end: Date; mid: Date; fill: string };
  const context = new Set(series.filter((s) => s.context).map((s) => s.key));
  const plotted: Plotted[] = rows
    .filter((r): r is TimelineRow & { value: number } => r.value !== null)
    .map((r) => ({ ...r, start: date(r.period_start), end: date(r.period_end), mid: midpoint(r), fill: color.get(seriesKey(r))! }))
    // Context series first, so that the named ones are drawn over them.
    .sort((a, b) => Number(context.has(seriesKey(b))) - Number(context.has(seriesKey(a))));
  const actuals = plotted.filter((r) => r.kind === 'actual');
  // Lines join only figures of adjacent periods; a missing month or year stays a gap.
  const segment = new Map<Plotted, string>();
  for (const s of series) {
    const list = actuals.filter((r) => seriesKey(r) === s.key).sort((a, b) => a.start.getTime() - b.start.getTime());
    let n = 0;
    list.forEach((r, i) => {
      const previous = list[i - 1];
      if (previous && previous.period !== r.period && previous.end.getTime() + 86_400_000 !== r.start.getTime()) n += 1;
      segment.set(r, `${s.key}#${n}`);
    });
  }
  const targets = plotted.filter((r) => r.kind === 'target');
  // A stated range (2021/2025, 1 July–23 September 2025) is drawn as a bar over the range.
  const ranges = plotted.filter((r) => r.period.includes('/'));
  const yearly = plotted.every((r) => /^\d{4}(\/\d{4})?$/.test(r.period));
  const values = plotted.map((r) => r.value);
  const percent = plotted.every((r) => r.indicator_unit === 'percent');
  const domain = yDomain ?? [Math.max(0, Math.floor(Math.min(...values) - 5)), percent ? 100 : Math.ceil(Math.max(...values) + 3)];
  const times = plotted.flatMap((r) => [r.start.getTime(), r.end.getTime()]);
  if (reorganisation) times.push(REORGANISATION.getTime());
  const xDomain = [new Date(Math.min(...times) - 60 * 86_400_000), new Date(Math.max(...times) + 60 * 86_400_000)];
  const title = (r: TimelineRow) => `${labelOf.get(seriesKey(r))}, ${r.period}: ${r.kind === 'target' ? `${t(lang, 'kindTarget')} ` : ''}${valueText(lang, r)}${r.as_of ? ` (${r.as_of})` : ''}`;

  const marginLeft = 44;
  const marginRight = 16;
  const plotWidth = layout.width - marginLeft - marginRight;
  const yearTickList = yearTicks(xDomain);
  // Year ticks thinned to every second or third year where four digits would not fit.
  const every = Math.ceil((textWidth('2024') + 10) / (plotWidth / Math.max(1, yearTickList.length)));

  // One label per series and period: several sources' values are joined ("92,57 / 92,75"), and
  // the series' last figure carries its name when the chart has more than one series.
  const byLetter = lettered(series);
  const named = series.length > 1;
  const labelled = series.filter((s) => !s.context);
  // The name printed with a series' last figure: the unit, or the series' letter.
  const nameOf = (s: TimelineSeries) => (byLetter ? s.letter : s.label);
  const labels: LabelSpec[] = [];
  for (const s of labelled) {
    const own = actuals.filter((r) => seriesKey(r) === s.key);
    const periods = [...new Set(own.map((r) => r.period))];
    const last = own.reduce<Plotted | undefined>((a, b) => (!a || b.end > a.end ? b : a), undefined)?.period;
    for (const period of periods) {
      const inPeriod = own.filter((r) => r.period === period);
      const texts = [...new Set(inPeriod.map((r) => compactValue(lang, r)))];
      const top = inPeriod.reduce((a, b) => (b.value > a.value ? b : a));
      const text = texts.join(' / ');
      labels.push({ x: top.mid, y: top.value, text: byLetter ? `${s.letter} ${text}` : named && period === last ? `${nameOf(s)} ${text}` : text, fill: s.color, priority: named && period === last ? 0 : 2, required: named && period === last, wrap: true, prefer: ['above', 'below', 'right', 'left'] });
    }
    for (const target of targets.filter((r) => seriesKey(r) === s.key)) {
      const text = valueText(lang, target);
      labels.push({ x: target.mid, y: target.value, text: byLetter ? `${s.letter} ${text}` : named && own.length === 0 ? `${nameOf(s)} ${text}` : text, fill: s.color, priority: 1, required: named && own.length === 0, wrap: true, prefer: ['above', 'below', 'right', 'left'] });
    }
  }

  return {
    width: layout.width,
    height: layout.name === 'narrow' ? 300 : 320,
    marginLeft,
    marginRight,
    marginTop: 40,
    x: {
      type: 'utc',
      domain: xDomain,
      label: null,
      // Yearly figures: one tick per year at mid-year, under its dots.
      ...(yearly ? { ticks: yearTickList.filter((_, i) => i % every === 0), tickFormat: (d: Date) => String(d.getUTCFullYear()) } : timeAxis(lang, [xDomain[0]!, xDomain[1]!], plotWidth)),
    },
    y: { domain, label: yLabel ?? null, grid: true, tickFormat: (v: number) => formatNumber(lang, v) },
    color: { type: 'identity' },
    ariaLabel: series.map((s) => s.label).join('; '),
    marks: [
      ...(reorganisation
        ? [
            Plot.ruleX([REORGANISATION], { stroke: COLORS.annotation, strokeDasharray: '3,3' }),
            Plot.text([REORGANISATION], { x: (d: Date) => d, frameAnchor: 'top', dy: -20, dx: -4, textAnchor: 'end', text: () => t(lang, 'reorganisationMarker'), fill: COLORS.annotation }),
          ]
        : []),
      Plot.ruleY(ranges, { x1: 'start', x2: 'end', y: 'value', stroke: 'fill', strokeWidth: 3, strokeOpacity: 0.5 }),
      Plot.line(actuals, { x: 'mid', y: 'value', z: (r: Plotted) => segment.get(r), stroke: 'fill', strokeOpacity: 0.6 }),
      Plot.dot(actuals, { x: 'mid', y: 'value', fill: 'fill', r: 4.5, title }),
      Plot.dot(targets, { x: 'mid', y: 'value', symbol: 'diamond', stroke: 'fill', fill: 'white', strokeWidth: 2, r: 6, title }),
      labelMark(labels, { pointRadius: 6, useRightMargin: true, avoid: plotted.filter((r) => context.has(seriesKey(r))).map((r) => ({ x: r.mid, y: r.value })) }),
    ],
  };
}
