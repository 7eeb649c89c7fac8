import * as Plot from '@observablehq/plot';
import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { formatNumber, t } from '../i18n/t.ts';
import type { SourceFields } from '../lib/sources.ts';
import { labelMark, type LabelSpec } from './labels.ts';
import { cutToWidth, niceStep, textWidth, type ChartLayout } from './layout.ts';
import { COLORS, hatchPattern } from './theme.ts';

/** One published score or rank of a unit (or an average) in one period of a ranking. */
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
  /**
   * Number of places in the ranking, from the indicator's metadata or as a source states it. Null
   * when no source states it: the units are then listed by score, each with only the rank its
   * sources state, and no place is drawn.
   */
  rankOf: number | null;
  /** The level of the ranked units; rows of the average levels are averages. */
  level: string;
  /** The score axis, the same for every period so that periods compare. */
  xDomain: [number, number];
  /** Levels whose rows are averages, drawn as a dashed rule (by default the bloc). */
  averageLevels?: readonly string[];
  /** The label of an average, given its value as written (by default "Bloc average …"). */
  averageText?: (row: RankingRow, value: string) => string;
  /** What is written after a score (by default %); the ticks carry it only when it is %. */
  scoreSuffix?: string;
  /** A label for the score axis, for scores that are not percentages ("Points"). */
  scoreLabel?: string;
  /** Whether a higher score is better: the order of the units without a place (by default true). */
  higherIsBetter?: boolean;
}

const GAP_ID = 'ranking-gap';
const ROW_HEIGHT = 22;
const ROW_HEIGHT_NAMES_ABOVE = 38;
const UNRANKED_HEADING = 'heading:unranked';
/** Room under the plot for one average's label. */
const AVERAGE_LINE = 16;

/**
 * The ranking of one period as rankOf places. A place whose unit is published shows the unit's
 * name and score by its dot; a place with no published unit is a hatched gap. Units that share a
 * place (a tie) share its row. Units with a published score but no published rank follow the
 * places under a heading, a tie (the same score) in one row; nothing is placed by guesswork.
 * Without a number of places, the units are listed by published score, each row numbered only by
 * the ranks its sources state. Names too long for the chart's width are cut (the tooltip and the
 * data table give them whole).
 */
export function rankingChart(rows: RankingRow[], options: RankingOptions): Plot.PlotOptions {
  const { lang, layout, rankOf, level, xDomain, averageLevels = ['bloc'], scoreSuffix = '%', higherIsBetter = true } = options;
  const averageText = options.averageText ?? ((_row: RankingRow, value: string) => t(lang, 'blocAverage', { value }));
  const units = rows.filter((r) => r.unit_level === level);
  // Several sources may print the same average: one rule and one label for it.
  const averages = [...new Map(rows.filter((r) => averageLevels.includes(r.unit_level) && r.score !== null).map((r) => [`${r.unit_level}|${r.comparator}${r.score}`, r])).values()].sort((a, b) => a.score! - b.score!);
  const name = (r: RankingRow) => localized(r, 'name', lang);
  // A unit's row: its published rank among the places; without one, its score (units with the
  // same score are tied); without either (a list with no places), the rank its source states.
  const rankOfUnit = new Map<string, number>();
  for (const r of units) if (r.rank !== null) rankOfUnit.set(r.unit_id, r.rank);
  const scoreOfUnit = new Map<string, number>();
  for (const r of units) {
    if (r.score === null) continue;
    const held = scoreOfUnit.get(r.unit_id);
    scoreOfUnit.set(r.unit_id, held === undefined ? r.score : higherIsBetter ? Math.max(held, r.score) : Math.min(held, r.score));
  }
  const keyOf = (r: RankingRow) =>
    rankOf !== null && rankOfUnit.has(r.unit_id) ? `rank:${rankOfUnit.get(r.unit_id)}` : scoreOfUnit.has(r.unit_id) ? `score:${scoreOfUnit.get(r.unit_id)}` : `stated:${rankOfUnit.get(r.unit_id)}`;

  const slots = Array.from({ length: rankOf ?? 0 }, (_, i) => `rank:${i + 1}`);
  const direction = higherIsBetter ? -1 : 1;
  const keyValue = (key: string) => Number(key.slice(key.indexOf(':') + 1));
  // Scores first (best first), then ranks without a score, by rank.
  const unrankedKeys = [...new Set(units.map(keyOf).filter((k) => !k.startsWith('rank:')))].sort((a, b) => {
    const [sa, sb] = [a.startsWith('score:'), b.startsWith('score:')];
    if (sa !== sb) return sa ? -1 : 1;
    return sa ? direction * (keyValue(a) - keyValue(b)) : keyValue(a) - keyValue(b);
  });
  const filled = new Set(units.map(keyOf));
  const gaps = slots.filter((s) => !filled.has(s)).map((key) => ({ key }));
  const heading = rankOf !== null && unrankedKeys.length > 0;
  const domain = [...slots, ...(heading ? [UNRANKED_HEADING] : []), ...unrankedKeys];
  // The row numbers: the places, or in a list without places the ranks its sources state.
  const statedRanks = new Map([...Map.groupBy(units, keyOf)].map(([key, group]) => [key, [...new Set(group.map((r) => r.rank).filter((v) => v !== null))].join('/')]));
  const tickText = (key: string) => (key.startsWith('rank:') ? key.slice(5) : rankOf === null ? (statedRanks.get(key) ?? '') : '');

  const marginLeft = Math.ceil(Math.max(textWidth(String(rankOf ?? 0)), ...domain.map((k) => textWidth(tickText(k))))) + 12;
  const marginRight = 20;
  const plotWidth = layout.width - marginLeft - marginRight;
  const tickSuffix = scoreSuffix === '%' ? '%' : '';
  const tickLabel = (v: number) => `${formatNumber(lang, v)}${tickSuffix}`;
  // At most five intervals, each wide enough for its label.
  const step = niceStep(xDomain[1] - xDomain[0], plotWidth, Math.max(textWidth(tickLabel(xDomain[0])) + 12, textWidth(tickLabel(xDomain[1])) + 12, plotWidth / 5));
  const firstTick = Math.ceil(xDomain[0] / step - 1e-9) * step;
  const ticks = Array.from({ length: Math.floor((xDomain[1] - firstTick) / step + 1e-9) + 1 }, (_, i) => firstTick + i * step);
  // A label goes beside its dot, to the left or the right: names are cut so that it fits on the wider side.
  const roomBeside = (score: number) => {
    const x = ((score - xDomain[0]) / (xDomain[1] - xDomain[0])) * plotWidth;
    return Math.max(x, plotWidth + marginRight - x) - 12;
  };

  // One label per row: the names of its units and their scores; several sources' scores for a
  // unit are both printed and marked as differing.
  const rowTexts: { key: string; names: string[]; suffix: string; score: number | null }[] = [];
  const differing: { key: string; x1: number; x2: number }[] = [];
  for (const [key, group] of Map.groupBy(units, keyOf)) {
    const scores = [...new Set(group.map((r) => r.score).filter((v): v is number => v !== null))].sort((a, b) => a - b);
    const byUnit = Map.groupBy(group.filter((r) => r.score !== null), (r) => r.unit_id);
    const disagree = [...byUnit.values()].some((list) => new Set(list.map((r) => r.score)).size > 1);
    if (disagree) differing.push({ key, x1: scores[0]!, x2: scores.at(-1)! });
    const value = scores.map((v) => formatNumber(lang, v)).join(' / ');
    const suffix = scores.length === 0 ? `: ${t(lang, 'rankOnly', { rank: group.find((r) => r.rank !== null)?.rank ?? '' })}` : ` ${value}${disagree ? ` (${t(lang, 'sourcesDiffer')})` : ''}`;
    // Units that share a place or, without a place, a score are a tie: "Hoàn Kiếm = Nam Từ Liêm".
    rowTexts.push({ key, names: [...new Set(group.map(name))], suffix, score: scores.at(-1) ?? null });
  }
  const fullText = (row: (typeof rowTexts)[number]) => `${row.names.join(' = ')}${row.suffix}`;
  // Names that do not fit beside their dot (long department names on a phone) go on a line of
  // their own above it, across the whole chart, rather than be cut to a few letters.
  // A label whose names fit but not its values (two sources' scores) takes two lines beside its dot.
  const namesAbove = rowTexts.some((row) => row.score !== null && textWidth(`${row.names.join(' = ')} 0`) > roomBeside(row.score));
  const rowHeight = namesAbove ? ROW_HEIGHT_NAMES_ABOVE : ROW_HEIGHT;
  const fitted = (row: (typeof rowTexts)[number], room: number) => {
    const whole = row.names.join(' = ');
    const nameRoom = Math.max(room - textWidth(row.suffix), textWidth('Mmmmmm…'));
    return `${textWidth(whole) <= nameRoom ? whole : row.names.map((n) => cutToWidth(n, nameRoom / row.names.length)).join(' = ')}${row.suffix}`;
  };
  const lineRoom = plotWidth + marginRight - 8;
  const labels: LabelSpec[] = namesAbove ? [] : rowTexts.flatMap((row): LabelSpec[] => (row.score !== null ? [{ x: row.score, y: row.key, text: fullText(row), fill: COLORS.ink, prefer: ['left', 'right'], required: true, wrap: textWidth(fullText(row)) > roomBeside(row.score) }] : []));
  const lineTexts = rowTexts.filter((row) => namesAbove || row.score === null).map((row) => ({ key: row.key, text: fitted(row, lineRoom), scored: row.score !== null }));
  // In a row with its name above, the dot and the rules sit in the row's lower half.
  const markDy = namesAbove ? 8 : 0;
  const scored = units.filter((r) => r.score !== null);
  // The averages' labels read away from the nearer edge, one line each under the plot.
  const averageAnchor = (r: RankingRow) => ((r.score! - xDomain[0]) / (xDomain[1] - xDomain[0]) < 0.5 ? 'start' : 'end');
  const averageValue = (r: RankingRow) => `${r.comparator === '>=' ? '≥ ' : ''}${formatNumber(lang, r.score!)}${scoreSuffix}`;
  const scoreLabel = options.scoreLabel && tickSuffix === '' ? options.scoreLabel : null;

  return {
    width: layout.width,
    height: domain.length * rowHeight + 30 + (scoreLabel ? 18 : 0) + 14 + AVERAGE_LINE * Math.max(1, averages.length),
    marginLeft,
    marginRight,
    marginTop: 30 + (scoreLabel ? 18 : 0),
    marginBottom: 14 + AVERAGE_LINE * Math.max(1, averages.length),
    x: { domain: xDomain, label: scoreLabel, labelAnchor: 'left', labelArrow: 'none', axis: 'top', grid: true, ticks, tickFormat: tickLabel },
    y: { domain, label: null, tickSize: 0, tickFormat: tickText },
    marks: [
      hatchPattern(GAP_ID),
      Plot.barX(gaps, { x1: xDomain[0], x2: xDomain[1], y: 'key', fill: `url(#${GAP_ID})`, fillOpacity: 0.6, insetTop: 3, insetBottom: 3 }),
      Plot.ruleX(averages, { x: 'score', stroke: COLORS.target, strokeDasharray: '4,3' }),
      ...averages.map((r, i) =>
        Plot.text([r], {
          x: 'score',
          frameAnchor: 'bottom',
          dy: AVERAGE_LINE * (i + 1),
          dx: averageAnchor(r) === 'start' ? -4 : 4,
          textAnchor: averageAnchor(r),
          fill: COLORS.target,
          text: (row: RankingRow) => averageText(row, averageValue(row)),
        }),
      ),
      Plot.ruleY(differing, { y: 'key', x1: 'x1', x2: 'x2', dy: markDy, stroke: COLORS.disagreement, strokeWidth: 2 }),
      Plot.dot(scored, {
        x: 'score',
        y: keyOf,
        dy: markDy,
        r: 5,
        fill: COLORS.published,
        title: (r: RankingRow) => `${name(r)}: ${formatNumber(lang, r.score!)}${scoreSuffix}${r.rank !== null ? ` · ${t(lang, 'colRank').toLowerCase()} ${r.rank}` : ''}`,
      }),
      // Names on their own line (and ranks without a score) start at the left of the plot.
      Plot.text(lineTexts, {
        x: xDomain[0],
        y: 'key',
        dx: 2,
        dy: namesAbove ? -9 : 0,
        textAnchor: 'start',
        fill: (d: { scored: boolean }) => (d.scored ? COLORS.ink : COLORS.annotation),
        stroke: 'white',
        strokeWidth: 3,
        paintOrder: 'stroke',
        text: 'text',
      }),
      Plot.text([UNRANKED_HEADING].filter(() => heading), { x: xDomain[0], y: (k: string) => k, textAnchor: 'start', dy: 4, fill: COLORS.ink, fontWeight: 600, stroke: 'white', strokeWidth: 3, paintOrder: 'stroke', text: () => t(lang, 'unrankedHeading') }),
      labelMark(labels, {
        useRightMargin: true,
        texts: [
          ...lineTexts.map((d) => ({ x: xDomain[0], y: d.key, text: d.text, anchor: 'start' as const, dx: 2, dy: namesAbove ? -9 : 0 })),
          ...(heading ? [{ x: xDomain[0], y: UNRANKED_HEADING, text: t(lang, 'unrankedHeading'), anchor: 'start' as const, dy: 4 }] : []),
        ],
      }),
    ],
  };
}
