import * as Plot from '@observablehq/plot';
import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { formatNumber } from '../i18n/t.ts';
import type { SourceFields } from '../lib/sources.ts';
import { labelMark } from './labels.ts';
import { textWidth, type ChartLayout } from './layout.ts';
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
  layout: ChartLayout;
  /** The unit of the values, printed after each tick ("%"). */
  unit: string;
}

/** Published values of several units for one period, one row each, best rank first; each value printed by its dot. */
export function unitDotsChart(rows: UnitValueRow[], { lang, layout, unit }: UnitDotsOptions): Plot.PlotOptions {
  const name = (r: UnitValueRow) => localized(r, 'unit_name', lang);
  const sorted = [...rows].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99) || b.value - a.value);
  const label = (r: UnitValueRow) => `${r.rank !== null ? `${r.rank} · ` : ''}${name(r)}`;
  const values = rows.map((r) => r.value);
  const marginLeft = Math.ceil(Math.max(...sorted.map((r) => textWidth(label(r))))) + 12;
  const plotWidth = layout.width - marginLeft - 20;
  return {
    width: layout.width,
    height: sorted.length * 30 + 40,
    marginLeft,
    marginRight: 20,
    x: { domain: [Math.floor(Math.min(...values) - 2), Math.min(100, Math.ceil(Math.max(...values) + 2))], label: null, grid: true, ticks: Math.max(2, Math.floor(plotWidth / 60)), tickFormat: (v: number) => `${formatNumber(lang, v)}${unit}` },
    y: { domain: sorted.map(label), label: null, tickSize: 0 },
    marks: [
      Plot.dot(sorted, { x: 'value', y: label, r: 5, fill: COLORS.published, title: (r: UnitValueRow) => `${name(r)} (${r.period}): ${formatNumber(lang, r.value)}${unit}` }),
      labelMark(sorted.map((r) => ({ x: r.value, y: label(r), text: formatNumber(lang, r.value), fill: COLORS.published, prefer: ['right', 'left'] }))),
    ],
  };
}
