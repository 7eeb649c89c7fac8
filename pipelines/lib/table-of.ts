import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Row } from './table-schema.ts';

/** An Arquero table with the given columns, also when there are no rows (aq.from([]) has no columns). */
export function tableOf(rows: Row[], columns: readonly string[]): ColumnTable {
  return aq.table(Object.fromEntries(columns.map((c) => [c, rows.map((r) => r[c] ?? null)])));
}
