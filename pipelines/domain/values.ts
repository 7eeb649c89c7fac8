/** A cell of a query result as plain JavaScript, whichever DuckDB (Node or WebAssembly) produced it. */
export type Cell = string | number | boolean | null;

/** BIGINT arrives as bigint and DATE as an object whose text is YYYY-MM-DD; both become plain values. */
export function plainValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

export function plainRow(row: Record<string, unknown>): Record<string, Cell> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plainValue(v)]));
}
