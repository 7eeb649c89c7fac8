import { sourceCredit } from '../../pipelines/domain/citation.ts';
import type { Lang } from '../../pipelines/domain/lang.ts';
import { indicatorTimelineChart, seriesKey, timelineSeries, type TimelineOptions } from '../charts/indicator-timeline.ts';
import { t } from '../i18n/t.ts';
import { kindText, valueText } from '../lib/figure-text.ts';
import type { FigureRow } from '../queries/figure-rows.ts';
import type { FigureContent } from './figure.ts';

/** The body of every timeline figure: the chart, its series legend and its data table. */
export function timelineContent(rows: FigureRow[], text: { title: string; description: string; note?: string }, options: TimelineOptions): FigureContent {
  const lang: Lang = options.lang;
  const series = timelineSeries(lang, rows);
  const label = new Map(series.map((s) => [s.key, s.label]));
  return {
    ...text,
    spec: indicatorTimelineChart(rows, options),
    legend: [
      { kind: 'swatches', labels: series.map((s) => s.label), colors: series.map((s) => s.color) },
      ...(rows.some((r) => r.kind === 'target') ? [{ kind: 'target' as const, label: t(lang, 'kindTarget') }] : []),
    ],
    table: {
      caption: text.title,
      columns: [t(lang, 'colIndicator'), t(lang, 'colPeriod'), t(lang, 'colKind'), t(lang, 'colValue'), t(lang, 'source')],
      rows: rows.map((r) => [label.get(seriesKey(r))!, r.period, kindText(lang, r.kind), `${valueText(lang, r)}${r.as_of ? ` (${r.as_of})` : ''}`, sourceCredit(lang, r)]),
    },
    sources: rows,
  };
}
