import type { Cell } from '../../pipelines/domain/values.ts';

/** The type of a result column: a `?` means the column may be null. */
export type ColumnSpec = 'string' | 'string?' | 'number' | 'number?' | 'boolean' | 'boolean?';

type TypeOf<S extends ColumnSpec> = S extends 'string' ? string : S extends 'string?' ? string | null : S extends 'number' ? number : S extends 'number?' ? number | null : S extends 'boolean' ? boolean : boolean | null;
export type RowOf<C extends Record<string, ColumnSpec>> = { -readonly [K in keyof C]: TypeOf<C[K]> };

/** A SQL query with the row type it returns: the one place a query's columns are declared. */
export interface Query<R> {
  sql: string;
  columns: Record<string, ColumnSpec>;
  /** Only carries the row type. */
  readonly row?: R;
}

export type QueryParam = string | number;

/** Runs a query in whichever engine the caller has (DuckDB at build time, DuckDB-WASM in the browser). */
export type QueryRunner = <R>(query: Query<R>, params?: QueryParam[]) => Promise<R[]>;

export function defineQuery<const C extends Record<string, ColumnSpec>>(sql: string, columns: C): Query<RowOf<C>> {
  return { sql, columns };
}

/** Columns that every observation-level query returns, so a figure can cite and download its rows. */
export const SOURCE_COLUMNS = {
  source_id: 'string',
  source_publisher_en: 'string',
  source_publisher_vi: 'string',
  source_title: 'string?',
  source_published: 'string?',
  source_url: 'string?',
} as const;

/** What one observation states: its kind and value, rank and comparator (a query lists them in this order). */
export const STATED_COLUMNS = {
  kind: 'string',
  comparator: 'string?',
  value: 'number?',
  rank: 'number?',
  rank_of: 'number?',
} as const;

/**
 * Checks rows against the query's declared columns, so a query and the code that reads it cannot
 * drift apart silently: a missing column or a value of the wrong type is an error that names both.
 * Each column's check is worked out once per call: a build checks millions of cells.
 */
export function typedRows<R>(query: Query<R>, rows: Record<string, Cell>[]): R[] {
  const checks = Object.entries(query.columns).map(([name, spec]) => ({ name, spec, type: spec.replace('?', ''), nullable: spec.endsWith('?') }));
  const fail = (message: string) => new Error(`query "${query.sql.trim().split('\n')[0]}": ${message}`);
  for (const [i, row] of rows.entries()) {
    for (const { name, spec, type, nullable } of checks) {
      if (!(name in row)) throw fail(`expected a column ${name}, found ${Object.keys(row).join(', ')}`);
      const value = row[name]!;
      if (value === null ? !nullable : typeof value !== type) throw fail(`row ${i + 1}, column ${name}: expected ${spec}, found ${JSON.stringify(value)}`);
    }
  }
  return rows as R[];
}

/** The row type of a query. */
export type RowType<Q> = Q extends Query<infer R> ? R : never;
