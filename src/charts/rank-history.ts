import * as Plot from '@observablehq/plot';
import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { t } from '../i18n/t.ts';
import { CHART_FONT_SIZE, textWidth, wrapToWidth, type ChartLayout } from './layout.ts';
import { yearTicks } from './score-series.ts';
import { COLORS } from './theme.ts';

/** A published rank (or a target rank) of a unit in one year. */
export interface RankRow {
  unit_id: string;
  name_vi: string;
  name_en: string;
  year: number;
  rank: number;
}

export interface RankHistoryOptions {
  lang: Lang;
  layout: ChartLayout;
  years: readonly number[];
  /** Number of places, from the indicator's metadata. */
  rankOf: number;
  /** Target ranks (kind = target), drawn as outlined cells marked ◇, never as published ranks. */
  targets?: RankRow[];
}

const ROW = 30;
/** A line of a column heading. */
const LINE = 16;

/**
 * Published ranks as a grid of units by years, the rank printed in its cell: every figure is read
 * as a number, not matched by colour, and a year without a published rank is an empty cell. Units
 * are ordered by their latest published rank.
 */
export function rankHistoryChart(rows: RankRow[], { lang, layout, years, rankOf, targets = [] }: RankHistoryOptions): Plot.PlotOptions {
  const name = (r: RankRow) => localized(r, 'name', lang);
  // One cell per unit and year; ranks that sources state differently are both printed.
  const cells = (list: RankRow[]) => [...Map.groupBy(list, (r) => `${r.unit_id}|${r.year}`).values()].map((group) => ({ ...group[0]!, text: [...new Set(group.map((r) => r.rank))].join('/') }));
  const actual = cells(rows);
  const planned = cells(targets).map((c) => ({ ...c, text: `◇${c.text}` }));
  const latest = new Map<string, RankRow>();
  for (const r of [...rows].sort((a, b) => a.year - b.year)) latest.set(r.unit_id, r);
  const units = [...new Set([...rows, ...targets].map((r) => r.unit_id))].sort((a, b) => (latest.get(a)?.rank ?? rankOf + 1) - (latest.get(b)?.rank ?? rankOf + 1) || a.localeCompare(b));
  const nameOf = new Map([...rows, ...targets].map((r) => [r.unit_id, name(r)]));
  const marginLeft = Math.ceil(Math.max(...[...nameOf.values()].map((n) => textWidth(n)))) + 10;
  const plotWidth = layout.width - marginLeft - 4;
  const cellTitle = (r: (typeof actual)[number]) => `${name(r)} ${r.year}: ${t(lang, 'colRank').toLowerCase()} ${r.text}/${rankOf}`;
  const targetTitle = (r: (typeof planned)[number]) => `${name(r)} ${r.year}: ${t(lang, 'kindTarget').toLowerCase()} ${r.text.slice(1)}/${rankOf}`;
  const widestCell = Math.max(textWidth(String(rankOf)), ...[...actual, ...planned].map((c) => textWidth(c.text))) * 1.08;
  if ((plotWidth / years.length) * 0.92 < widestCell + 6) return byYearRows();
  return {
    width: layout.width,
    height: units.length * ROW + 34,
    marginLeft,
    marginRight: 4,
    marginTop: 30,
    marginBottom: 4,
    x: { type: 'band', domain: [...years], axis: 'top', label: null, tickSize: 0, ticks: yearTicks(years, plotWidth), tickFormat: (y: number) => String(y), padding: 0.08 },
    y: { type: 'band', domain: units, label: null, tickSize: 0, tickFormat: (id: string) => nameOf.get(id) ?? id, padding: 0.12 },
    marks: [
      Plot.cell(units.flatMap((unit_id) => years.map((year) => ({ unit_id, year }))), { x: 'year', y: 'unit_id', fill: '#f4f4f4' }),
      Plot.cell(actual, { x: 'year', y: 'unit_id', fill: COLORS.rankCell, title: cellTitle }),
      Plot.cell(planned, { x: 'year', y: 'unit_id', fill: 'white', stroke: COLORS.target, strokeWidth: 1.5, strokeDasharray: '3,2', inset: 1, title: targetTitle }),
      Plot.text(actual, { x: 'year', y: 'unit_id', text: 'text', fill: COLORS.ink, fontWeight: 600 }),
      Plot.text(planned, { x: 'year', y: 'unit_id', text: 'text', fill: COLORS.target, fontWeight: 600 }),
    ],
  };

  /**
   * Too many years for their ranks to fit across the width (a long span of national indices on a
   * phone): the years go down the rows and the units across, each unit's name over its column
   * (written upwards when its words are wider than the column).
   */
  function byYearRows(): Plot.PlotOptions {
    const yearWidth = Math.ceil(textWidth('2024')) + 10;
    const columnWidth = (layout.width - yearWidth - 4) / units.length;
    const heads = new Map(units.map((id) => [id, wrapToWidth(nameOf.get(id) ?? id, columnWidth - 6)]));
    // Names whose words are wider than their column are written upwards instead.
    const upright = [...heads.values()].every((lines) => lines.every((line) => textWidth(line) <= columnWidth - 6));
    const marginTop = upright ? Math.max(...[...heads.values()].map((lines) => lines.length)) * LINE + 10 : Math.ceil(Math.max(...units.map((id) => textWidth(nameOf.get(id) ?? id)))) + 14;
    return {
      width: layout.width,
      height: years.length * ROW + marginTop + 4,
      marginLeft: yearWidth,
      marginRight: 4,
      marginTop,
      marginBottom: 4,
      x: { type: 'band', domain: units, axis: null, padding: 0.08 },
      y: { type: 'band', domain: [...years], label: null, tickSize: 0, tickFormat: (y: number) => String(y), padding: 0.12 },
      marks: [
        Plot.cell(units.flatMap((unit_id) => years.map((year) => ({ unit_id, year }))), { x: 'unit_id', y: 'year', fill: '#f4f4f4' }),
        Plot.cell(actual, { x: 'unit_id', y: 'year', fill: COLORS.rankCell, title: cellTitle }),
        Plot.cell(planned, { x: 'unit_id', y: 'year', fill: 'white', stroke: COLORS.target, strokeWidth: 1.5, strokeDasharray: '3,2', inset: 1, title: targetTitle }),
        Plot.text(actual, { x: 'unit_id', y: 'year', text: 'text', fill: COLORS.ink, fontWeight: 600 }),
        Plot.text(planned, { x: 'unit_id', y: 'year', text: 'text', fill: COLORS.target, fontWeight: 600 }),
        // Each unit's name over its column, on as many lines as it needs.
        upright
          ? Plot.text(units, { x: (id: string) => id, frameAnchor: 'top', lineAnchor: 'bottom', dy: -6, lineHeight: LINE / CHART_FONT_SIZE, fill: COLORS.ink, text: (id: string) => heads.get(id)!.join('\n') })
          : Plot.text(units, { x: (id: string) => id, frameAnchor: 'top', textAnchor: 'start', rotate: -90, dy: -6, fill: COLORS.ink, text: (id: string) => nameOf.get(id) ?? id }),
      ],
    };
  }
}
