import * as Plot from '@observablehq/plot';
import type { Lang } from '../i18n/messages.ts';
import { t } from '../i18n/t.ts';
import type { QueryRow } from '../lib/rows.ts';

export interface RankHistoryOptions {
  lang: Lang;
  years: readonly number[];
  rankOf?: number;
  /** Target ranks (kind = target), drawn as open diamonds, never joined to the published ranks. */
  targets?: QueryRow[];
}

/**
 * Published ranks by year (a bump chart). A line joins two ranks only in consecutive years, so a
 * year without a published rank stays a gap instead of being bridged.
 */
export function rankHistoryChart(rows: QueryRow[], { lang, years, rankOf = 30, targets = [] }: RankHistoryOptions): Plot.PlotOptions {
  const name = (r: QueryRow) => String(lang === 'vi' ? r.name_vi : r.name_en);
  // One rank per unit and year for the lines; several sources with the same rank draw one line.
  const byUnitYear = new Map<string, QueryRow>();
  for (const r of rows) byUnitYear.set(`${r.unit_id}|${r.year}`, r);
  const segments = [...byUnitYear.values()].flatMap((r) => {
    const next = byUnitYear.get(`${r.unit_id}|${(r.year as number) + 1}`);
    return next ? [{ ...r, year2: next.year, rank2: next.rank }] : [];
  });
  const last = [...Map.groupBy(byUnitYear.values(), (r) => r.unit_id).values()].map((g) => g.reduce((a, b) => ((b.year as number) > (a.year as number) ? b : a)));
  return {
    width: 500,
    height: 380,
    marginTop: 70,
    marginRight: 90,
    marginLeft: 40,
    x: { type: 'point', domain: [...years], label: null, tickFormat: (y: number) => String(y) },
    y: { domain: [1, rankOf], reverse: true, label: t(lang, 'colRank'), ticks: [1, 5, 10, 15, 20, 25, 30].filter((v) => v <= rankOf) },
    color: { type: 'ordinal', scheme: 'observable10' },
    ariaLabel: t(lang, 'historyDesc'),
    marks: [
      Plot.ruleY([1, rankOf], { stroke: '#ddd' }),
      Plot.link(segments, { x1: 'year', y1: 'rank', x2: 'year2', y2: 'rank2', stroke: 'unit_id', strokeWidth: 2 }),
      Plot.dot(targets, { x: 'year', y: 'rank', symbol: 'diamond', r: 6, stroke: '#b35900', strokeWidth: 2, fill: 'white', title: (r: QueryRow) => `${name(r)} ${r.year}: ${t(lang, 'kindTarget')} #${r.rank}/${rankOf} (${String(r.source_publisher)})` }),
      Plot.text(targets, { x: 'year', y: 'rank', dy: 14, fill: '#b35900', text: (r: QueryRow) => `${t(lang, 'kindTarget').toLowerCase()} ${r.rank}/${rankOf}` }),
      Plot.dot(rows, { x: 'year', y: 'rank', fill: 'unit_id', r: 5, title: (r: QueryRow) => `${name(r)} ${r.year}: #${r.rank} (${String(r.source_publisher)})` }),
      // Labels lean upwards so that names of units ranked in neighbouring years do not overlap.
      Plot.text(last, { x: 'year', y: 'rank', text: name, dx: 6, dy: -6, rotate: -35, textAnchor: 'start', fill: 'unit_id' }),
    ],
  };
}
