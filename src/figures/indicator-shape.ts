import type { Lang } from '../../pipelines/domain/lang.ts';
import { t } from '../i18n/t.ts';
import type { FigureRow } from '../queries/figure-rows.ts';
import type { IndicatorSummary } from '../queries/indicator-summaries.ts';
import { SERIES_COLORS } from '../charts/theme.ts';
import { HANOI } from '../lib/unit-pages.ts';

/**
 * What the generic indicator figures share: how an indicator's unit is written on an axis, where
 * its scale ends, which levels hold averages, and which units a series over time shows. All of it
 * follows from the indicator's metadata and its rows, never from its id.
 */

/** Levels whose units carry published averages (a bloc of the city, the country), not ranked units. */
export const AVERAGE_LEVELS = ['bloc', 'country'] as const;

/** The label of a value axis in the indicator's unit. */
export function axisLabel(lang: Lang, unit: string): string {
  switch (unit) {
    case 'percent':
      return t(lang, 'colScore');
    case 'points':
      return t(lang, 'axisPoints');
    case 'billion_vnd':
      return t(lang, 'axisBillionVnd');
    default:
      return t(lang, 'colValue');
  }
}

/** The end of a value axis: the top of the indicator's scale, or a little above the highest value. */
export function scaleEnd(meta: Pick<IndicatorSummary, 'scale_max'>, values: number[]): number {
  if (meta.scale_max !== null) return meta.scale_max;
  return values.length > 0 ? Math.ceil(Math.max(...values) * 1.1) : 100;
}

/**
 * The number of places of a ranking in one period: the indicator's rank universe, else the largest
 * number ranked that a source of that period states, else none (the places cannot be drawn).
 */
export function placesOf(meta: Pick<IndicatorSummary, 'rank_of' | 'rank_level'>, rows: { unit_level: string; rank_of: number | null }[]): number | null {
  if (meta.rank_of !== null) return meta.rank_of;
  const stated = rows.filter((r) => r.unit_level === meta.rank_level && r.rank_of !== null).map((r) => r.rank_of!);
  return stated.length > 0 ? Math.max(...stated) : null;
}

/**
 * The rows a series over time shows, a unit's rows together. For an indicator that ranks many
 * units, only the units with a figure in at least two periods (the others are in its rankings); at
 * most as many series as there are series colours. The city comes first, then the national
 * average, then the units with the most periods: the timeline names and colours the first few and
 * draws the others in grey.
 */
export function seriesRows(meta: Pick<IndicatorSummary, 'rank_level'>, rows: FigureRow[]): FigureRow[] {
  const shown = rows.filter((r) => r.value !== null);
  const periods = new Map<string, Set<string>>();
  for (const r of shown) periods.set(r.unit_id, (periods.get(r.unit_id) ?? new Set()).add(r.period));
  const level = new Map(shown.map((r) => [r.unit_id, r.unit_level]));
  const first = (unit: string) => (unit === HANOI ? 0 : level.get(unit) === 'country' ? 1 : 2);
  const units = [...periods.entries()]
    .filter(([, p]) => meta.rank_level === null || p.size >= 2)
    .sort((a, b) => first(a[0]) - first(b[0]) || b[1].size - a[1].size)
    .slice(0, SERIES_COLORS.length)
    .map(([unit]) => unit);
  return units.flatMap((unit) => shown.filter((r) => r.unit_id === unit));
}

/** Whether a series over time has something to show: two periods or more, or a target beside the results. */
export function hasSeries(rows: FigureRow[]): boolean {
  return new Set(rows.map((r) => r.period)).size >= 2 || rows.some((r) => r.kind === 'target');
}

/**
 * The score axis of a ranking, the same for all its periods: from the multiple of five under the
 * lowest published score (not below the scale's start) to the end of the indicator's scale.
 */
export function scoreAxis(meta: Pick<IndicatorSummary, 'scale_min' | 'scale_max'>, scores: number[]): [number, number] {
  const end = scaleEnd(meta, scores);
  const lowest = scores.length > 0 ? Math.min(...scores) : end - 20;
  const low = Math.max(meta.scale_min ?? -Infinity, Math.floor((lowest - 1) / 5) * 5);
  return [Math.min(low, end - 5), end];
}
