import * as Plot from '@observablehq/plot';
import type { Lang } from '../../pipelines/domain/lang.ts';
import { formatNumber } from '../i18n/t.ts';
import type { SourceFields } from '../lib/sources.ts';
import { labelMark } from './labels.ts';
import { textWidth, type ChartLayout } from './layout.ts';
import { COLORS } from './theme.ts';

/** A published score of one unit in one year. */
export interface ScoreRow extends SourceFields {
  year: number;
  value: number;
}

export interface ScoreSeriesOptions {
  lang: Lang;
  layout: ChartLayout;
  years: readonly number[];
}

/** Every n-th year as a tick, so four-digit years never touch at the layout's width. */
export function yearTicks(years: readonly number[], plotWidth: number): number[] {
  const every = Math.ceil((textWidth('2024') + 10) / (plotWidth / years.length));
  return years.filter((_, i) => i % every === 0);
}

/** One unit's published scores by year; each source is its own dot (one label per year), and years without a score stay empty. */
export function scoreSeriesChart(rows: ScoreRow[], { lang, layout, years }: ScoreSeriesOptions): Plot.PlotOptions {
  const values = rows.map((r) => r.value);
  const byYear = Map.groupBy(rows, (r) => r.year);
  const marginLeft = 44;
  return {
    width: layout.width,
    height: 260,
    marginLeft,
    marginRight: 16,
    marginTop: 24,
    x: { type: 'point', domain: [...years], label: null, ticks: yearTicks(years, layout.width - marginLeft - 16), tickFormat: (y: number) => String(y), padding: 0.3 },
    y: { domain: [Math.floor(Math.min(...values, 100) - 2), 100], label: '%', grid: true, tickFormat: (v: number) => formatNumber(lang, v) },
    marks: [
      Plot.dot(rows, { x: 'year', y: 'value', r: 5, fill: COLORS.published, title: (r: ScoreRow) => `${r.year}: ${formatNumber(lang, r.value)}%` }),
      labelMark([...byYear].map(([year, list]) => ({
        x: year,
        y: Math.max(...list.map((r) => r.value)),
        text: [...new Set(list.map((r) => formatNumber(lang, r.value)))].join(' / '),
        fill: COLORS.published,
        prefer: ['above', 'below'],
      }))),
    ],
  };
}
