import * as Plot from '@observablehq/plot';
import type { Lang } from '../i18n/messages.ts';
import { formatNumber } from '../i18n/t.ts';
import type { QueryRow } from '../lib/rows.ts';
import { sourceLine } from './source-line.ts';

export interface UnitDotsOptions {
  lang: Lang;
  xLabel: string;
}

/** Published values of several units for one period, one row each, best rank first. */
export function unitDotsChart(rows: QueryRow[], { lang, xLabel }: UnitDotsOptions): Plot.PlotOptions {
  const name = (r: QueryRow) => String(lang === 'vi' ? r.unit_name_vi : r.unit_name_en);
  const sorted = [...rows].sort((a, b) => ((a.rank as number) ?? 99) - ((b.rank as number) ?? 99) || (b.value as number) - (a.value as number));
  const label = (r: QueryRow) => `${r.rank !== null ? `${r.rank} · ` : ''}${name(r)}`;
  const values = rows.map((r) => r.value as number);
  return {
    width: 440,
    height: sorted.length * 26 + 50,
    marginLeft: 130,
    marginRight: 50,
    x: { domain: [Math.floor(Math.min(...values) - 2), Math.min(100, Math.ceil(Math.max(...values) + 1))], label: xLabel, grid: true, tickFormat: (v: number) => formatNumber(lang, v) },
    y: { domain: sorted.map(label), label: null, tickSize: 0 },
    ariaLabel: xLabel,
    marks: [
      Plot.dot(sorted, { x: 'value', y: label, r: 5, fill: '#1f5fa8', title: (r: QueryRow) => `${name(r)} (${r.period}): ${formatNumber(lang, r.value as number)}%\n${sourceLine(lang, r)}` }),
      Plot.text(sorted, { x: 'value', y: label, dx: 8, textAnchor: 'start', text: (r: QueryRow) => formatNumber(lang, r.value as number), fill: '#1f5fa8' }),
    ],
  };
}
