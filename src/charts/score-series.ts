import * as Plot from '@observablehq/plot';
import type { Lang } from '../i18n/messages.ts';
import { formatNumber, t } from '../i18n/t.ts';
import type { QueryRow } from '../lib/rows.ts';
import { sourceLine } from './source-line.ts';

export interface ScoreSeriesOptions {
  lang: Lang;
  years: readonly number[];
}

/** One unit's published scores by year; each source is its own dot, and years without a score stay empty. */
export function scoreSeriesChart(rows: QueryRow[], { lang, years }: ScoreSeriesOptions): Plot.PlotOptions {
  const scored = rows.filter((r) => typeof r.value === 'number').map((r): QueryRow => ({ ...r, year: Number(String(r.period).slice(0, 4)) }));
  const values = scored.map((r) => r.value as number);
  return {
    width: 460,
    height: 240,
    marginLeft: 50,
    x: { type: 'point', domain: [...years], label: null, tickFormat: (y: number) => String(y) },
    y: { domain: [Math.floor(Math.min(...values, 100) - 2), 100], label: t(lang, 'colScore'), grid: true, tickFormat: (v: number) => formatNumber(lang, v) },
    ariaLabel: t(lang, 'scoreSeriesTitle'),
    marks: [
      Plot.dot(scored, { x: 'year', y: 'value', r: 5, fill: '#1f5fa8', title: (r: QueryRow) => `${r.year}: ${formatNumber(lang, r.value as number)}%\n${sourceLine(lang, r)}` }),
      Plot.text(scored, { x: 'year', y: 'value', dy: -12, text: (r: QueryRow) => formatNumber(lang, r.value as number), fill: '#1f5fa8' }),
    ],
  };
}
