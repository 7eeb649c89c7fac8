import * as Plot from '@observablehq/plot';
import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { formatNumber } from '../i18n/t.ts';
import { sourceLine, type SourceFields } from '../lib/sources.ts';
import { COLORS } from './theme.ts';

/** A published value of one unit in one period. */
export interface UnitValueRow extends SourceFields {
  unit_name_vi: string;
  unit_name_en: string;
  period: string;
  value: number;
  rank: number | null;
}

export interface UnitDotsOptions {
  lang: Lang;
  xLabel: string;
  /** The value axis (by default from just under the lowest value to 100). */
  domain?: [number, number];
  /** The unit written after a value (by default %). */
  suffix?: string;
  /** Room for the unit names, in pixels (by default 130); the chart widens with it. */
  labelWidth?: number;
}

/** Published values of several units for one period, one row each, best rank first. */
export function unitDotsChart(rows: UnitValueRow[], { lang, xLabel, domain, suffix = '%', labelWidth = 130 }: UnitDotsOptions): Plot.PlotOptions {
  const name = (r: UnitValueRow) => localized(r, 'unit_name', lang);
  const sorted = [...rows].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99) || b.value - a.value);
  const label = (r: UnitValueRow) => `${r.rank !== null ? `${r.rank} · ` : ''}${name(r)}`;
  const values = rows.map((r) => r.value);
  return {
    width: 310 + labelWidth,
    height: sorted.length * 26 + 50,
    marginLeft: labelWidth,
    marginRight: 50,
    x: { domain: domain ?? [Math.floor(Math.min(...values) - 2), Math.min(100, Math.ceil(Math.max(...values) + 1))], label: xLabel, grid: true, tickFormat: (v: number) => formatNumber(lang, v) },
    y: { domain: sorted.map(label), label: null, tickSize: 0 },
    ariaLabel: xLabel,
    marks: [
      Plot.dot(sorted, { x: 'value', y: label, r: 5, fill: COLORS.published, title: (r: UnitValueRow) => `${name(r)} (${r.period}): ${formatNumber(lang, r.value)}${suffix}\n${sourceLine(lang, r)}` }),
      Plot.text(sorted, { x: 'value', y: label, dx: 8, textAnchor: 'start', text: (r: UnitValueRow) => formatNumber(lang, r.value), fill: COLORS.published }),
    ],
  };
}
