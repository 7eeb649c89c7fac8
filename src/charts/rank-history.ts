import * as Plot from '@observablehq/plot';
import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { t } from '../i18n/t.ts';
import { textWidth, type ChartLayout } from './layout.ts';
import { yearTicks } from './score-series.ts';
import { COLORS } from './theme.ts';

/** A published rank (or a target rank) of a unit in one year. */
export interface RankRow {
  unit_id: string;
  name_vi: string;
  name_en: string;
  year: number;
  rank: number;
  source_publisher: string;
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

/**
 * Published ranks as a grid of units by years, the rank printed in its cell: every figure is read
 * as a number, not matched by colour, and a year without a published rank is an empty cell. Units
 * are ordered by their latest published rank.
 */
export function rankHistoryChart(rows: RankRow[], { lang, layout, years, rankOf, targets = [] }: RankHistoryOptions): Plot.PlotOptions {
  const name = (r: RankRow) => localized(r, 'name', lang);
  const cells = (list: RankRow[]) =>
    [...Map.groupBy(list, (r) => `${r.unit_id}|${r.year}`).values()].map((group) => ({ ...group[0]!, text: [...new Set(group.map((r) => r.rank))].join('/'), publishers: [...new Set(group.map((r) => r.source_publisher))].join(', ') }));
  const actual = cells(rows);
  const planned = cells(targets).map((c) => ({ ...c, text: `◇${c.text}` }));
  const latest = new Map<string, RankRow>();
  for (const r of [...rows].sort((a, b) => a.year - b.year)) latest.set(r.unit_id, r);
  const units = [...new Set([...rows, ...targets].map((r) => r.unit_id))].sort((a, b) => (latest.get(a)?.rank ?? rankOf + 1) - (latest.get(b)?.rank ?? rankOf + 1) || a.localeCompare(b));
  const nameOf = new Map([...rows, ...targets].map((r) => [r.unit_id, name(r)]));
  const marginLeft = Math.ceil(Math.max(...[...nameOf.values()].map((n) => textWidth(n)))) + 10;
  const plotWidth = layout.width - marginLeft - 4;
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
      Plot.cell(actual, { x: 'year', y: 'unit_id', fill: COLORS.rankCell, title: (r) => `${name(r)} ${r.year}: ${t(lang, 'colRank').toLowerCase()} ${r.text}/${rankOf} (${r.publishers})` }),
      Plot.cell(planned, { x: 'year', y: 'unit_id', fill: 'white', stroke: COLORS.target, strokeWidth: 1.5, strokeDasharray: '3,2', inset: 1, title: (r) => `${name(r)} ${r.year}: ${t(lang, 'kindTarget').toLowerCase()} ${r.text.slice(1)}/${rankOf} (${r.publishers})` }),
      Plot.text(actual, { x: 'year', y: 'unit_id', text: 'text', fill: COLORS.ink, fontWeight: 600 }),
      Plot.text(planned, { x: 'year', y: 'unit_id', text: 'text', fill: COLORS.target, fontWeight: 600 }),
    ],
  };
}
