import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { unitDotsChart } from '../charts/unit-dots.ts';
import { formatNumber, formatPeriod, t } from '../i18n/t.ts';
import { CHART_POINTS, drawnFirst } from '../lib/bounds.ts';
import { figureRows, withValue, type FigureRow } from '../queries/figure-rows.ts';
import type { FigureContent, FigureData } from './figure.ts';
import { sourceCell } from '../lib/sources.ts';
import { completeOf } from '../lib/bounded-table.ts';

/** The published values of one indicator for every unit that has one. */
export const loadUnitValues = async (data: FigureData, indicator: string) => withValue(await figureRows(data, { indicators: [indicator] }));

/** The body of a figure of several units' values in one period. */
export function unitValuesContent(rows: (FigureRow & { value: number })[], text: { title: string; description: string }, lang: Lang): FigureContent {
  // One line per value: the chart draws the latest ones (the rows run from the earliest period) while they fit.
  const drawn = rows.slice(-CHART_POINTS);
  // The title says when: a survey's figures without their year read as current.
  const periods = [...new Set(rows.map((r) => r.period))].map((p) => formatPeriod(lang, p));
  const when = periods.length <= 3 ? periods.join(', ') : `${periods[0]} – ${periods.at(-1)}`;
  const title = periods.length > 0 ? `${text.title} (${when})` : text.title;
  return {
    ...text,
    title,
    ...(drawn.length < rows.length ? { note: t(lang, 'valuesNotDrawn', { shown: formatNumber(lang, drawn.length), total: formatNumber(lang, rows.length) }) } : {}),
    chart: (layout) => unitDotsChart(drawn, { lang, layout, unit: '%' }),
    legend: [],
    table: {
      caption: title,
      columns: [t(lang, 'colRank'), t(lang, 'colUnit'), t(lang, 'colPeriod'), t(lang, 'colValue'), t(lang, 'source')],
      // The values the chart draws come first, and the page shows those: the table is the chart in words.
      rows: drawnFirst(rows, drawn).map((r) => [r.rank !== null ? String(r.rank) : '–', localized(r, 'unit_name', lang), formatPeriod(lang, r.period), `${formatNumber(lang, r.value)}%`, sourceCell(lang, r)]),
      limit: drawn.length,
      complete: completeOf(rows),
    },
    sources: rows,
  };
}
