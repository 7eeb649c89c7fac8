import * as Plot from '@observablehq/plot';
import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { formatNumber, t } from '../i18n/t.ts';
import type { SourceFields } from '../lib/sources.ts';
import { labelMark, type LabelSpec } from './labels.ts';
import { textWidth, type ChartLayout } from './layout.ts';
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
  layout: ChartLayout;
  /** Number of places in the ranking, from the indicator's metadata. */
  rankOf: number;
  /** The level of the ranked units; rows of other levels (blocs) are averages. */
  level: string;
  /** The score axis, the same for every period so that periods compare. */
  xDomain: [number, number];
}

const GAP_ID = 'ranking-gap';
const ROW_HEIGHT = 22;
const UNRANKED_HEADING = 'heading:unranked';

/**
 * The ranking of one period as rankOf places. A place whose unit is published shows the unit's
 * name and score by its dot; a place with no published unit is a hatched gap. Units that share a
 * place (a tie) share its row. Units with a published score but no published rank follow the
 * places under a heading, a tie (the same score) in one row; nothing is placed by guesswork.
 */
export function rankingChart(rows: RankingRow[], { lang, layout, rankOf, level, xDomain }: RankingOptions): Plot.PlotOptions {
  const units = rows.filter((r) => r.unit_level === level);
  // Several sources may print the same average: one rule and one label for it.
  const blocs = [...new Map(rows.filter((r) => r.unit_level === 'bloc' && r.score !== null).map((r) => [`${r.comparator}${r.score}`, r])).values()];
  const name = (r: RankingRow) => localized(r, 'name', lang);
  // A unit's row: its published rank; without one, its score (units with the same score are tied).
  const rankOfUnit = new Map<string, number>();
  for (const r of units) if (r.rank !== null) rankOfUnit.set(r.unit_id, r.rank);
  const scoreOfUnit = new Map<string, number>();
  for (const r of units) if (r.score !== null && !scoreOfUnit.has(r.unit_id)) scoreOfUnit.set(r.unit_id, r.score);
  const keyOf = (r: RankingRow) => (rankOfUnit.has(r.unit_id) ? `rank:${rankOfUnit.get(r.unit_id)}` : `score:${scoreOfUnit.get(r.unit_id)}`);

  const slots = Array.from({ length: rankOf }, (_, i) => `rank:${i + 1}`);
  const unrankedKeys = [...new Set(units.filter((r) => !rankOfUnit.has(r.unit_id)).map(keyOf))].sort((a, b) => Number(b.slice(6)) - Number(a.slice(6)));
  const filled = new Set(units.map(keyOf));
  const gaps = slots.filter((s) => !filled.has(s)).map((key) => ({ key }));
  const domain = [...slots, ...(unrankedKeys.length > 0 ? [UNRANKED_HEADING, ...unrankedKeys] : [])];

  // One label per row: the names of its units and their scores; several sources' scores for a
  // unit are both printed and marked as differing.
  const labels: LabelSpec[] = [];
  const rankOnly: { key: string; text: string }[] = [];
  const differing: { key: string; x1: number; x2: number }[] = [];
  for (const [key, group] of Map.groupBy(units, keyOf)) {
    const names = [...new Set(group.map(name))];
    const scores = [...new Set(group.map((r) => r.score).filter((v): v is number => v !== null))].sort((a, b) => a - b);
    const byUnit = Map.groupBy(group.filter((r) => r.score !== null), (r) => r.unit_id);
    const disagree = [...byUnit.values()].some((list) => new Set(list.map((r) => r.score)).size > 1);
    if (disagree) differing.push({ key, x1: scores[0]!, x2: scores.at(-1)! });
    // Units that share a place or, without a place, a score are a tie: "Hoàn Kiếm = Nam Từ Liêm".
    const joined = names.join(' = ');
    if (scores.length === 0) {
      rankOnly.push({ key, text: `${joined}: ${t(lang, 'rankOnly', { rank: key.slice(5) })}` });
      continue;
    }
    const value = scores.map((v) => formatNumber(lang, v)).join(' / ');
    labels.push({ x: scores.at(-1)!, y: key, text: `${joined} ${value}${disagree ? ` (${t(lang, 'sourcesDiffer')})` : ''}`, fill: COLORS.ink, prefer: ['left', 'right'], required: true });
  }
  const scored = units.filter((r) => r.score !== null);
  const marginLeft = Math.ceil(textWidth(String(rankOf))) + 12;
  const plotWidth = layout.width - marginLeft - 20;
  const tickStep = plotWidth / ((xDomain[1] - xDomain[0]) / 5) < textWidth('100%') + 12 ? 10 : 5;
  // The average's label reads away from the nearer edge.
  const blocAnchor = blocs.length > 0 && (blocs[0]!.score! - xDomain[0]) / (xDomain[1] - xDomain[0]) < 0.5 ? 'start' : 'end';
  const ticks = Array.from({ length: Math.floor((xDomain[1] - xDomain[0]) / tickStep) + 1 }, (_, i) => xDomain[0] + i * tickStep);

  return {
    width: layout.width,
    height: domain.length * ROW_HEIGHT + 60,
    marginLeft,
    marginRight: 20,
    marginTop: 30,
    marginBottom: 30,
    x: { domain: xDomain, label: null, axis: 'top', grid: true, ticks, tickFormat: (v: number) => `${formatNumber(lang, v)}%` },
    y: { domain, label: null, tickSize: 0, tickFormat: (key: string) => (key.startsWith('rank:') ? key.slice(5) : '') },
    marks: [
      hatchPattern(GAP_ID),
      Plot.barX(gaps, { x1: xDomain[0], x2: xDomain[1], y: 'key', fill: `url(#${GAP_ID})`, fillOpacity: 0.6, insetTop: 3, insetBottom: 3 }),
      Plot.ruleX(blocs, { x: 'score', stroke: COLORS.target, strokeDasharray: '4,3' }),
      Plot.text(blocs, {
        x: 'score',
        frameAnchor: 'bottom',
        dy: 16,
        dx: blocAnchor === 'start' ? -4 : 4,
        textAnchor: blocAnchor,
        fill: COLORS.target,
        text: (r: RankingRow) => t(lang, 'blocAverage', { value: `${r.comparator === '>=' ? '≥ ' : ''}${formatNumber(lang, r.score!)}%` }),
      }),
      Plot.ruleY(differing, { y: 'key', x1: 'x1', x2: 'x2', stroke: COLORS.disagreement, strokeWidth: 2 }),
      Plot.dot(scored, {
        x: 'score',
        y: keyOf,
        r: 5,
        fill: COLORS.published,
        title: (r: RankingRow) => `${name(r)}: ${formatNumber(lang, r.score!)}%${r.rank !== null ? ` · ${t(lang, 'colRank').toLowerCase()} ${r.rank}` : ''}`,
      }),
      Plot.text(rankOnly, { x: xDomain[0], y: 'key', dx: 6, textAnchor: 'start', fill: COLORS.annotation, stroke: 'white', strokeWidth: 3, paintOrder: 'stroke', text: 'text' }),
      Plot.text([UNRANKED_HEADING].filter(() => unrankedKeys.length > 0), { x: xDomain[0], y: (k: string) => k, textAnchor: 'start', dy: 4, fill: COLORS.ink, fontWeight: 600, stroke: 'white', strokeWidth: 3, paintOrder: 'stroke', text: () => t(lang, 'unrankedHeading') }),
      labelMark(labels, { useRightMargin: true }),
    ],
  };
}
