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
  /**
   * Number of places in the ranking, from the indicator's metadata or as a source states it. Null
   * when no source states it: the units are then listed by score, each with its published rank if
   * any, and no place is drawn.
   */
  rankOf: number | null;
  /** The level of the ranked units; rows of the average levels are averages. */
  level: string;
  /** Levels whose rows are averages, drawn as a dashed rule (by default the bloc). */
  averageLevels?: readonly string[];
  /** The label of an average, given its value as written (by default "Bloc average …"). */
  averageText?: (row: RankingRow, value: string) => string;
  /** The end of the score axis (by default 100) and the unit written after a score (by default %). */
  scoreMax?: number;
  scoreSuffix?: string;
  /** The score axis label (by default "Score (%)"). */
  scoreLabel?: string;
  /** Whether a higher score is better: the order of a list by score (by default true). */
  higherIsBetter?: boolean;
  /** Room for the place and name labels, in pixels (by default 130); the chart widens with it. */
  labelWidth?: number;
  /** Longer names are cut to this many characters with an ellipsis (the tooltip keeps them whole). */
  maxNameLength?: number;
}

const GAP_ID = 'ranking-gap';
const ROW_HEIGHT = 20;

/**
 * The ranking of one period as rankOf places. A place whose unit is published shows the unit and
 * its score; a place with no published unit is a hatched gap. Units with a published score but no
 * published rank follow the places; nothing is placed by guesswork. Without a number of places,
 * the units are listed by published score and carry only the ranks their sources state.
 */
export function rankingChart(rows: RankingRow[], options: RankingOptions): Plot.PlotOptions {
  const { lang, rankOf, level, averageLevels = ['bloc'], scoreMax = 100, scoreSuffix = '%', higherIsBetter = true, labelWidth = 130 } = options;
  const averageText = options.averageText ?? ((_row: RankingRow, value: string) => t(lang, 'blocAverage', { value }));
  const units = rows.filter((r) => r.unit_level === level);
  const blocs = rows.filter((r) => averageLevels.includes(r.unit_level) && r.score !== null);
  const name = (r: RankingRow) => localized(r, 'name', lang);
  const keyOf = (r: RankingRow) => (r.rank !== null && rankOf !== null ? `rank:${r.rank}` : `unit:${r.unit_id}`);

  const slots = Array.from({ length: rankOf ?? 0 }, (_, i) => `rank:${i + 1}`);
  const unrankedKeys = rankOf !== null ? [...new Set(units.filter((r) => r.rank === null).map(keyOf))] : listedByScore(units, higherIsBetter).map(keyOf);
  // Names per place (several sources may name the same unit; a tie would name two units).
  const namesAt = new Map<string, Set<string>>();
  for (const r of units) namesAt.set(keyOf(r), (namesAt.get(keyOf(r)) ?? new Set()).add(name(r)));
  // In a list by score, the ranks each unit's sources state.
  const statedRanks = (key: string) => [...new Set(units.filter((r) => keyOf(r) === key && r.rank !== null).map((r) => r.rank))].join('/');
  const labelOf = (key: string) => {
    const names = namesAt.get(key);
    const place = key.startsWith('rank:') ? key.slice(5) : statedRanks(key) || '–';
    return names ? `${place} · ${shortened([...names].join(', '), options.maxNameLength)}` : place;
  };
  const filled = new Set(units.map(keyOf));
  const gaps = slots.filter((s) => !filled.has(s)).map((key) => ({ key }));

  const scores = [...units, ...blocs].map((r) => r.score).filter((v): v is number => v !== null);
  const xMin = scores.length > 0 ? Math.floor(Math.min(...scores) - 1) : scoreMax - 20;
  const xDomain: [number, number] = [Math.min(xMin, scoreMax - 1), scoreMax];

  const scored = units.filter((r) => r.score !== null);
  const rankOnly = units.filter((r) => r.score === null && !scored.some((s) => s.unit_id === r.unit_id));
  const disagreements = [...Map.groupBy(scored, keyOf).values()]
    .filter((group) => new Set(group.map((r) => r.score)).size > 1)
    .map((group) => ({ key: keyOf(group[0]!), x1: Math.min(...group.map((r) => r.score!)), x2: Math.max(...group.map((r) => r.score!)) }));

  const domain = [...slots, ...unrankedKeys];
  return {
    width: 310 + labelWidth,
    height: domain.length * ROW_HEIGHT + 50,
    marginLeft: labelWidth,
    marginRight: 50,
    marginTop: 30,
    x: { domain: xDomain, label: options.scoreLabel ?? t(lang, 'colScore'), grid: true, tickFormat: (v: number) => formatNumber(lang, v) },
    y: { domain, label: null, tickFormat: labelOf, tickSize: 0 },
    ariaLabel: rankOf !== null ? t(lang, 'rankingChartDesc', { n: rankOf }) : t(lang, 'scoreListDesc'),
    marks: [
      hatchPattern(GAP_ID),
      Plot.barX(gaps, { x1: xDomain[0], x2: xDomain[1], y: 'key', fill: `url(#${GAP_ID})`, fillOpacity: 0.6, insetTop: 2, insetBottom: 2, ariaLabel: t(lang, 'gapLegend') }),
      Plot.ruleX(blocs, { x: 'score', stroke: COLORS.target, strokeDasharray: '4,3' }),
      Plot.text(blocs, {
        x: 'score',
        frameAnchor: 'top',
        dy: -18,
        fill: COLORS.target,
        text: (r: RankingRow) => averageText(r, `${r.comparator === '>=' ? '≥ ' : ''}${formatNumber(lang, r.score!)}${scoreSuffix}`),
      }),
      Plot.ruleY(disagreements, { y: 'key', x1: 'x1', x2: 'x2', stroke: COLORS.disagreement, strokeWidth: 2 }),
      Plot.text(disagreements, { y: 'key', x: 'x2', dx: 40, text: () => t(lang, 'sourcesDiffer'), fill: COLORS.disagreement, textAnchor: 'start' }),
      Plot.dot(scored, {
        x: 'score',
        y: keyOf,
        r: 5,
        fill: COLORS.published,
        title: (r: RankingRow) => `${name(r)}: ${formatNumber(lang, r.score!)}${scoreSuffix}${r.rank !== null ? ` · #${r.rank}` : ''}\n${sourceLine(lang, r)}`,
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

function shortened(text: string, max: number | undefined): string {
  return max !== undefined && text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Units by their best published score (highest first when higher is better), then those with a rank only, by rank. */
function listedByScore(units: RankingRow[], higherIsBetter: boolean): RankingRow[] {
  const best = new Map<string, number>();
  for (const r of units) {
    if (r.score === null) continue;
    const held = best.get(r.unit_id);
    best.set(r.unit_id, held === undefined ? r.score : higherIsBetter ? Math.max(held, r.score) : Math.min(held, r.score));
  }
  const first = new Map<string, RankingRow>();
  for (const r of units) if (!first.has(r.unit_id)) first.set(r.unit_id, r);
  const direction = higherIsBetter ? -1 : 1;
  return [...first.values()].sort((a, b) => {
    const [sa, sb] = [best.get(a.unit_id), best.get(b.unit_id)];
    if (sa !== undefined && sb !== undefined) return direction * (sa - sb) || a.unit_id.localeCompare(b.unit_id);
    if (sa !== undefined || sb !== undefined) return sa !== undefined ? -1 : 1;
    return (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unit_id.localeCompare(b.unit_id);
  });
}
