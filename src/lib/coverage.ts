import { findConflicts } from '../../pipelines/steps/disagreements.ts';
import type { QueryRow } from './rows.ts';

export type CoverageStatus = 'published' | 'disagreeing' | 'missing';

export interface CoverageCell {
  row: string;
  rowLabel: string;
  year: number;
  status: CoverageStatus;
}

/**
 * One cell per row and year: published, disagreeing (sources give different figures) or missing.
 * `rowOf` says which row an observation belongs to (a unit, or an indicator).
 */
export function coverageCells(
  observations: QueryRow[],
  rows: { id: string; label: string }[],
  years: readonly number[],
  rowOf: (o: QueryRow) => string,
): CoverageCell[] {
  const conflicted = new Set(findConflicts(observations as never).map((c) => `${c.unit_id}|${c.indicator_id}|${c.period}`));
  return rows.flatMap(({ id, label }) =>
    years.map((year) => {
      const found = observations.filter((o) => rowOf(o) === id && o.year === year);
      const status: CoverageStatus =
        found.length === 0 ? 'missing' : found.some((o) => conflicted.has(`${o.unit_id}|${o.indicator_id}|${o.period}`)) ? 'disagreeing' : 'published';
      return { row: id, rowLabel: label, year, status };
    }),
  );
}
