/** A query result row with plain JavaScript values, whichever DuckDB (Node or WebAssembly) produced it. */
export type QueryRow = Record<string, string | number | boolean | null>;

export type QueryRunner = (sql: string, params: (string | number)[]) => Promise<QueryRow[]>;

export function plainValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

export function plainRow(row: Record<string, unknown>): QueryRow {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plainValue(v)]));
}
