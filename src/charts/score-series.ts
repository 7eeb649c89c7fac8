import * as Plot from '@observablehq/plot';
import type { Lang } from '../../pipelines/domain/lang.ts';
import { formatNumber, t } from '../i18n/t.ts';
import { sourceLine, type SourceFields } from '../lib/sources.ts';
import { COLORS } from './theme.ts';

/** A published score of one unit in one year. */
export interface ScoreRow extends SourceFields {
  year: number;
  value: number;
}

export interface ScoreSeriesOptions {
  lang: Lang;
  years: readonly number[];
}

/** One unit's published scores by year; each source is its own dot, and years without a score stay empty. */
export function scoreSeriesChart(rows: ScoreRow[], { lang, years }: ScoreSeriesOptions): Plot.PlotOptions {
  const values = rows.map((r) => r.value);
  return {
    width: 460,
    height: 240,
    marginLeft: 50,
    x: { type: 'point', domain: [...years], label: null, tickFormat: (y: number) => String(y) },
    y: { domain: [Math.floor(Math.min(...values, 100) - 2), 100], label: t(lang, 'colScore'), grid: true, tickFormat: (v: number) => formatNumber(lang, v) },
    ariaLabel: t(lang, 'scoreSeriesDesc'),
    marks: [
      Plot.dot(rows, { x: 'year', y: 'value', r: 5, fill: COLORS.published, title: (r: ScoreRow) => `${r.year}: ${formatNumber(lang, r.value)}%\n${sourceLine(lang, r)}` }),
      Plot.text(rows, { x: 'year', y: 'value', dy: -12, text: (r: ScoreRow) => formatNumber(lang, r.value), fill: COLORS.published }),
    ],
  };
}
