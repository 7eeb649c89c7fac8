import * as Plot from '@observablehq/plot';
import type { Lang } from '../../pipelines/domain/lang.ts';
import type { Cell } from '../../pipelines/domain/values.ts';
import type { ColumnKind } from '../engine/result-table.ts';
import { formatNumber } from '../i18n/t.ts';
import { labelMark } from './labels.ts';
import { cutToWidth, textWidth, type ChartLayout } from './layout.ts';
import { COLORS } from './theme.ts';
import { timeAxis } from './time-ticks.ts';

/** A reader's query result: its columns, what each holds, and its rows. */
export interface QueryResult {
  columns: string[];
  types: ColumnKind[];
  rows: Cell[][];
}

/** Which columns a chart of a result draws: a label or an ordered x, and the first other numeric column. */
export interface ResultShape {
  x: number;
  y: number;
  kind: 'bars' | 'line';
}

const MAX_BARS = 40;

/**
 * A result can be drawn when it has a numeric column and, before it, a text column with few enough
 * rows for bars (one bar per row) or a number or date column with distinct values for a line.
 */
export function resultShape(result: QueryResult): ResultShape | undefined {
  const y = result.types.findIndex((k, i) => k === 'number' && i > 0);
  if (y < 0 || result.rows.length < 2) return undefined;
  const x = result.types.slice(0, y).findIndex((k) => k === 'text' || k === 'date' || k === 'number');
  if (x < 0) return undefined;
  if (result.types[x] === 'text') return result.rows.length <= MAX_BARS ? { x, y, kind: 'bars' } : undefined;
  const xs = result.rows.map((r) => r[x]);
  return new Set(xs).size === xs.length ? { x, y, kind: 'line' } : undefined;
}

/**
 * The chart of a result with a drawable shape: bars by label, or a line over an ordered x; a
 * missing value stays a gap. Labels longer than two fifths of the width are cut (the table below
 * the chart gives them whole).
 */
export function queryResultChart(result: QueryResult, shape: ResultShape, { lang, layout }: { lang: Lang; layout: ChartLayout }): Plot.PlotOptions {
  const xName = result.columns[shape.x]!;
  const yName = result.columns[shape.y]!;
  const isDate = result.types[shape.x] === 'date';
  const points = result.rows.map((r) => ({ x: isDate && r[shape.x] !== null ? new Date(`${r[shape.x] as string}T00:00:00Z`) : r[shape.x], y: r[shape.y] as number | null }));
  const format = (v: number) => formatNumber(lang, v);
  if (shape.kind === 'bars') {
    // Bars are keyed by row, so that two labels cut alike stay two bars.
    const labels = points.map((p) => cutToWidth(String(p.x ?? '–'), layout.width * 0.4));
    const keys = labels.map((_, i) => String(i));
    const drawn = points.flatMap((p, i) => (p.y !== null ? [{ key: String(i), y: p.y }] : []));
    return {
      width: layout.width,
      height: labels.length * 24 + 40,
      marginLeft: Math.ceil(Math.max(...labels.map((l) => textWidth(l)))) + 12,
      marginRight: 20,
      x: { label: yName, grid: true, ticks: Math.max(2, Math.floor(layout.width / 120)), tickFormat: format },
      y: { domain: keys, label: null, tickFormat: (i: string) => labels[Number(i)]! },
      marks: [
        Plot.barX(drawn, { x: 'y', y: 'key', fill: COLORS.published }),
        Plot.ruleX([0]),
        labelMark(drawn.map((p) => ({ x: p.y, y: p.key, text: format(p.y), fill: COLORS.ink, prefer: ['right', 'left'] })), { pointRadius: 0 }),
      ],
    };
  }
  const sorted = [...points].sort((a, b) => Number(a.x) - Number(b.x));
  const dates = isDate ? sorted.flatMap((p) => (p.x instanceof Date ? [p.x] : [])) : [];
  return {
    width: layout.width,
    height: 300,
    // Plot's default margins: 40 px on the left, 20 on the right.
    x: { label: xName, ...(isDate && dates.length > 0 ? { type: 'utc' as const, ...timeAxis(lang, [dates[0]!, dates.at(-1)!], layout.width - 60) } : { ticks: Math.max(2, Math.floor(layout.width / 100)), tickFormat: (v: number) => String(v) }) },
    y: { label: yName, grid: true, tickFormat: format },
    marks: [
      // Plot breaks a line at a null value: a missing figure stays a gap.
      Plot.line(sorted, { x: 'x', y: 'y', stroke: COLORS.published }),
      Plot.dot(sorted.filter((p) => p.y !== null), { x: 'x', y: 'y', fill: COLORS.published, title: (p: { y: number }) => format(p.y) }),
    ],
  };
}
