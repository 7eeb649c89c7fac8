import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Cell, Row } from './table-schema.ts';

/** An Arquero table with the given columns, also when there are no rows (aq.from([]) has no columns). */
export function tableOf(rows: Row[], columns: readonly string[]): ColumnTable {
  return aq.table(Object.fromEntries(columns.map((c) => [c, rows.map((r) => r[c] ?? null)])));
}

/**
 * The values of a column in table order, without copying them when the table holds them in that
 * order already (every table here is built from plain arrays), which for a large table saves a
 * copy per column each time it is read.
 */
export function columnValues(table: ColumnTable, name: string): Cell[] {
  return table.isOrdered() || table.isFiltered() ? (table.array(name) as Cell[]) : (table.column(name) as unknown as Cell[]);
}
