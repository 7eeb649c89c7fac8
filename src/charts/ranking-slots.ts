import * as Plot from '@observablehq/plot';
import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { formatNumber, t } from '../i18n/t.ts';
import { sourceLine, type SourceFields } from '../lib/sources.ts';
import { COLORS, hatchPattern } from './theme.ts';

/** One published score or rank of a unit (or a bloc average) in one period of a ranking. */
export interface RankingRow extends SourceFields {
  unit_id: string;
  name_vi: string;
  name_en: string;
  unit_level: string;
  score: number | null;
  rank: number | null;
  comparator: string | null;
}

export interface RankingOptions {
  lang: Lang;
  /** Number of places in the ranking, from the indicator's metadata. */
  rankOf: number;
  /** The level of the ranked units; rows of other levels (blocs) are averages. */
  level: string;
}

const GAP_ID = 'ranking-gap';
const ROW_HEIGHT = 20;

/**
 * The ranking of one period as rankOf places. A place whose unit is published shows the unit and
 * its score; a place with no published unit is a hatched gap. Units with a published score but no
 * published rank follow the places; nothing is placed by guesswork.
 */
export function rankingChart(rows: RankingRow[], { lang, rankOf, level }: RankingOptions): Plot.PlotOptions {
  const units = rows.filter((r) => r.unit_level === level);
  const blocs = rows.filter((r) => r.unit_level === 'bloc' && r.score !== null);
  const name = (r: RankingRow) => localized(r, 'name', lang);
  const keyOf = (r: RankingRow) => (r.rank !== null ? `rank:${r.rank}` : `unit:${r.unit_id}`);

  const slots = Array.from({ length: rankOf }, (_, i) => `rank:${i + 1}`);
  const unrankedKeys = [...new Set(units.filter((r) => r.rank === null).map(keyOf))];
  // Names per place (several sources may name the same unit; a tie would name two units).
  const namesAt = new Map<string, Set<string>>();
  for (const r of units) namesAt.set(keyOf(r), (namesAt.get(keyOf(r)) ?? new Set()).add(name(r)));
  const labelOf = (key: string) => {
    const names = namesAt.get(key);
    const place = key.startsWith('rank:') ? key.slice(5) : '–';
    return names ? `${place} · ${[...names].join(', ')}` : place;
  };
  const filled = new Set(units.map(keyOf));
  const gaps = slots.filter((s) => !filled.has(s)).map((key) => ({ key }));

  const scores = [...units, ...blocs].map((r) => r.score).filter((v): v is number => v !== null);
  const xMin = scores.length > 0 ? Math.floor(Math.min(...scores) - 1) : 80;
  const xDomain: [number, number] = [Math.min(xMin, 99), 100];

  const scored = units.filter((r) => r.score !== null);
  const rankOnly = units.filter((r) => r.score === null && !scored.some((s) => s.unit_id === r.unit_id));
  const disagreements = [...Map.groupBy(scored, keyOf).values()]
    .filter((group) => new Set(group.map((r) => r.score)).size > 1)
    .map((group) => ({ key: keyOf(group[0]!), x1: Math.min(...group.map((r) => r.score!)), x2: Math.max(...group.map((r) => r.score!)) }));

  const domain = [...slots, ...unrankedKeys];
  return {
    width: 440,
    height: domain.length * ROW_HEIGHT + 50,
    marginLeft: 130,
    marginRight: 50,
    marginTop: 30,
    x: { domain: xDomain, label: t(lang, 'colScore'), grid: true, tickFormat: (v: number) => formatNumber(lang, v) },
    y: { domain, label: null, tickFormat: labelOf, tickSize: 0 },
    ariaLabel: t(lang, 'rankingChartDesc', { n: rankOf }),
    marks: [
      hatchPattern(GAP_ID),
      Plot.barX(gaps, { x1: xDomain[0], x2: xDomain[1], y: 'key', fill: `url(#${GAP_ID})`, fillOpacity: 0.6, insetTop: 2, insetBottom: 2, ariaLabel: t(lang, 'gapLegend') }),
      Plot.ruleX(blocs, { x: 'score', stroke: COLORS.target, strokeDasharray: '4,3' }),
      Plot.text(blocs, {
        x: 'score',
        frameAnchor: 'top',
        dy: -18,
        fill: COLORS.target,
        text: (r: RankingRow) => t(lang, 'blocAverage', { value: `${r.comparator === '>=' ? '≥ ' : ''}${formatNumber(lang, r.score!)}%` }),
      }),
      Plot.ruleY(disagreements, { y: 'key', x1: 'x1', x2: 'x2', stroke: COLORS.disagreement, strokeWidth: 2 }),
      Plot.text(disagreements, { y: 'key', x: 'x2', dx: 40, text: () => t(lang, 'sourcesDiffer'), fill: COLORS.disagreement, textAnchor: 'start' }),
      Plot.dot(scored, {
        x: 'score',
        y: keyOf,
        r: 5,
        fill: COLORS.published,
        title: (r: RankingRow) => `${name(r)}: ${formatNumber(lang, r.score!)}%${r.rank !== null ? ` · #${r.rank}` : ''}\n${sourceLine(lang, r)}`,
      }),
      Plot.text(scored, { x: 'score', y: keyOf, dx: 8, textAnchor: 'start', text: (r: RankingRow) => formatNumber(lang, r.score!), fill: COLORS.published }),
      Plot.text(rankOnly, {
        x: xDomain[0],
        y: keyOf,
        dx: 6,
        textAnchor: 'start',
        fill: COLORS.annotation,
        text: (r: RankingRow) => t(lang, 'rankOnly', { rank: r.rank! }),
        title: (r: RankingRow) => `${name(r)}: #${r.rank}\n${sourceLine(lang, r)}`,
      }),
    ],
  };
}
