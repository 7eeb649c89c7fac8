import * as Plot from '@observablehq/plot';
import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { t } from '../i18n/t.ts';
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
  years: readonly number[];
  /** Number of places, from the indicator's metadata. */
  rankOf: number;
  /** Target ranks (kind = target), drawn as open diamonds, never joined to the published ranks. */
  targets?: RankRow[];
}

/**
 * Published ranks by year (a bump chart). A line joins two ranks only in consecutive years, so a
 * year without a published rank stays a gap instead of being bridged.
 */
export function rankHistoryChart(rows: RankRow[], { lang, years, rankOf, targets = [] }: RankHistoryOptions): Plot.PlotOptions {
  const name = (r: RankRow) => localized(r, 'name', lang);
  // One rank per unit and year for the lines; several sources with the same rank draw one line.
  const byUnitYear = new Map<string, RankRow>();
  for (const r of rows) byUnitYear.set(`${r.unit_id}|${r.year}`, r);
  const segments = [...byUnitYear.values()].flatMap((r) => {
    const next = byUnitYear.get(`${r.unit_id}|${r.year + 1}`);
    return next ? [{ ...r, year2: next.year, rank2: next.rank }] : [];
  });
  const last = [...Map.groupBy(byUnitYear.values(), (r) => r.unit_id).values()].map((g) => g.reduce((a, b) => (b.year > a.year ? b : a)));
  return {
    width: 500,
    height: 380,
    marginTop: 70,
    marginRight: 90,
    marginLeft: 40,
    x: { type: 'point', domain: [...years], label: null, tickFormat: (y: number) => String(y) },
    y: { domain: [1, rankOf], reverse: true, label: t(lang, 'colRank'), ticks: [1, ...Array.from({ length: Math.floor(rankOf / 5) }, (_, i) => (i + 1) * 5)].filter((v) => v <= rankOf) },
    color: { type: 'ordinal', scheme: 'observable10' },
    ariaLabel: t(lang, 'historyDesc'),
    marks: [
      Plot.ruleY([1, rankOf], { stroke: COLORS.grid }),
      Plot.link(segments, { x1: 'year', y1: 'rank', x2: 'year2', y2: 'rank2', stroke: 'unit_id', strokeWidth: 2 }),
      Plot.dot(targets, { x: 'year', y: 'rank', symbol: 'diamond', r: 6, stroke: COLORS.target, strokeWidth: 2, fill: 'white', title: (r: RankRow) => `${name(r)} ${r.year}: ${t(lang, 'kindTarget')} #${r.rank}/${rankOf} (${r.source_publisher})` }),
      Plot.text(targets, { x: 'year', y: 'rank', dy: 14, fill: COLORS.target, text: (r: RankRow) => `${t(lang, 'kindTarget').toLowerCase()} ${r.rank}/${rankOf}` }),
      Plot.dot(rows, { x: 'year', y: 'rank', fill: 'unit_id', r: 5, title: (r: RankRow) => `${name(r)} ${r.year}: #${r.rank} (${r.source_publisher})` }),
      // Labels lean upwards so that names of units ranked in neighbouring years do not overlap.
      Plot.text(last, { x: 'year', y: 'rank', text: name, dx: 6, dy: -6, rotate: -35, textAnchor: 'start', fill: 'unit_id' }),
    ],
  };
}
