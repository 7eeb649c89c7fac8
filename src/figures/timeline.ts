import type { Lang } from '../../pipelines/domain/lang.ts';
import { COLORS } from '../charts/theme.ts';
import { indicatorTimelineChart, lettered, seriesKey, timelineSeries, type TimelineOptions } from '../charts/indicator-timeline.ts';
import { formatDate, formatNumber, formatPeriod, t } from '../i18n/t.ts';
import { kindText, valueText } from '../lib/figure-text.ts';
import type { FigureRow } from '../queries/figure-rows.ts';
import type { FigureContent } from './figure.ts';
import { CHART_POINTS, drawnFirst, firstSeries } from '../lib/bounds.ts';
import { completeOf } from '../lib/bounded-table.ts';
import { sourceCell } from '../lib/sources.ts';

/**
 * The body of every timeline figure: the chart (its series named on the chart itself), and its
 * data table. With no published result there is nothing to chart: the figure says so and lists
 * the targets in words. The chart draws whole series within `points` (see firstSeries).
 */
export function timelineContent(rows: FigureRow[], text: { title: string; description: string; note?: string }, options: Omit<TimelineOptions, 'layout'>, points = CHART_POINTS): FigureContent {
  const lang: Lang = options.lang;
  // A chart draws whole series while their points fit its budget; the table holds every row.
  const drawn = firstSeries(rows, seriesKey, points);
  const series = timelineSeries(lang, drawn.shown, options.named);
  const named = series.filter((s) => !s.context);
  // Every row's series is named in the table, drawn or not.
  const label = new Map(timelineSeries(lang, rows, options.named).map((s) => [s.key, s.label]));
  const measured = rows.some((r) => r.kind === 'actual' && r.value !== null);
  const targets = rows.filter((r) => r.kind === 'target').map((r) => `${label.get(seriesKey(r))} (${formatPeriod(lang, r.period)}): ${valueText(lang, r)}`);
  const cutNote = drawn.partial
    ? t(lang, 'valuesNotDrawn', { shown: formatNumber(lang, drawn.shown.length), total: formatNumber(lang, rows.length) })
    : drawn.shownSeries < drawn.series ? t(lang, 'seriesNotDrawn', { shown: formatNumber(lang, drawn.shownSeries), total: formatNumber(lang, drawn.series) }) : null;
  return {
    ...text,
    ...(cutNote ? { note: [text.note, cutNote].filter(Boolean).join(' ') } : {}),
    chart: measured ? (layout) => indicatorTimelineChart(drawn.shown, { ...options, layout }) : null,
    empty: t(lang, 'nothingMeasured', { targets: targets.join('; ') }),
    legend: [
      // With several series, each colour is named here: the chart names a series only at its last
      // figure, so its earlier figures are known by colour. Series whose names are too long to
      // print on the chart are lettered there and named here by letter too.
      ...(measured && named.length > 1 ? named.map((s) => ({ kind: 'color' as const, color: s.color, label: lettered(series) ? `${s.letter}: ${s.label}` : s.label })) : []),
      ...(measured && rows.some((r) => r.kind === 'target') ? [{ kind: 'target' as const, label: t(lang, 'kindTarget') }] : []),
      // Series beyond the first few are drawn in grey, for context.
      ...(measured && series.some((s) => s.context) ? [{ kind: 'color' as const, color: COLORS.context, label: t(lang, 'otherSeries') }] : []),
    ],
    table: {
      caption: text.title,
      columns: [t(lang, 'colSeries'), t(lang, 'colPeriod'), t(lang, 'colKind'), t(lang, 'colValue'), t(lang, 'source')],
      // The rows the chart draws come first, and the page shows those: the table is the chart in words.
      rows: drawnFirst(rows, drawn.shown).map((r) => [label.get(seriesKey(r))!, formatPeriod(lang, r.period), kindText(lang, r.kind), `${valueText(lang, r)}${r.as_of ? ` (${t(lang, 'asOf', { date: formatDate(lang, r.as_of) })})` : ''}`, sourceCell(lang, r)]),
      limit: drawn.shown.length,
      complete: completeOf(rows),
    },
    sources: rows,
  };
}
