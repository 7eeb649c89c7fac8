import * as Plot from '@observablehq/plot';
import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { formatNumber } from '../i18n/t.ts';
import type { SourceFields } from '../lib/sources.ts';
import { labelMark } from './labels.ts';
import { cutToWidth, niceStep, textWidth, type ChartLayout } from './layout.ts';
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
  /** What is written after a value ("%", " points"); the ticks carry it only when it is %. */
  unit: string;
  /** The value axis (by default from just under the lowest value to just over the highest, 100 at most). */
  domain?: [number, number];
  /** A label for the value axis, for values that are not percentages ("Points"). */
  xLabel?: string;
}

/**
 * Published values of several units for one period, one row each, best rank first; each value
 * printed by its dot. Names longer than about two fifths of the width are cut (the tooltip and the
 * data table give them whole).
 */
export function unitDotsChart(rows: UnitValueRow[], { lang, layout, unit, domain, xLabel }: UnitDotsOptions): Plot.PlotOptions {
  const name = (r: UnitValueRow) => localized(r, 'unit_name', lang);
  const sorted = [...rows].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99) || b.value - a.value);
  const label = (r: UnitValueRow) => cutToWidth(`${r.rank !== null ? `${r.rank} · ` : ''}${name(r)}`, layout.width * 0.4);
  // Rows are keyed by position: two names cut alike stay two rows.
  const keys = sorted.map((_, i) => String(i));
  const values = rows.map((r) => r.value);
  const marginLeft = Math.ceil(Math.max(...sorted.map((r) => textWidth(label(r))))) + 12;
  const marginRight = 20;
  const plotWidth = layout.width - marginLeft - marginRight;
  const xDomain = domain ?? [Math.floor(Math.min(...values) - 2), Math.min(100, Math.ceil(Math.max(...values) + 2))];
  const tickSuffix = unit === '%' ? '%' : '';
  const tickLabel = (v: number) => `${formatNumber(lang, v)}${tickSuffix}`;
  const step = niceStep(xDomain[1] - xDomain[0], plotWidth, Math.max(textWidth(tickLabel(xDomain[1])) + 16, 48));
  const ticks = Array.from({ length: Math.floor((xDomain[1] - xDomain[0]) / step + 1e-9) + 1 }, (_, i) => Math.ceil(xDomain[0] / step) * step + i * step).filter((v) => v <= xDomain[1]);
  const axisTitle = xLabel && tickSuffix === '' ? xLabel : null;
  return {
    width: layout.width,
    height: sorted.length * 30 + 40 + (axisTitle ? 16 : 0),
    marginLeft,
    marginRight,
    marginBottom: 30 + (axisTitle ? 16 : 0),
    x: { domain: xDomain, label: axisTitle, labelAnchor: 'right', labelArrow: 'none', grid: true, ticks, tickFormat: tickLabel },
    y: { domain: keys, label: null, tickSize: 0, tickFormat: (i: string) => label(sorted[Number(i)]!) },
    marks: [
      Plot.dot(sorted, { x: 'value', y: (_r: UnitValueRow, i: number) => String(i), r: 5, fill: COLORS.published, title: (r: UnitValueRow) => `${name(r)} (${r.period}): ${formatNumber(lang, r.value)}${unit}` }),
      labelMark(sorted.map((r, i) => ({ x: r.value, y: String(i), text: formatNumber(lang, r.value), fill: COLORS.published, prefer: ['right', 'left'] }))),
    ],
  };
}
