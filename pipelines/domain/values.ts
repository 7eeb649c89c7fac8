/** A cell of a query result as plain JavaScript, whichever DuckDB (Node or WebAssembly) produced it. */
export type Cell = string | number | boolean | null;

/** BIGINT arrives as bigint and DATE as an object whose text is YYYY-MM-DD; both become plain values. */
export function plainValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * A result's rows as plain objects, from its columns: each row made once with its cells in column
 * order, with no arrays of entries in between (a build at scale reads hundreds of thousands of rows).
 */
export function rowsFromColumns(names: readonly string[], columns: readonly (readonly unknown[])[]): Record<string, Cell>[] {
  const count = columns[0]?.length ?? 0;
  const rows: Record<string, Cell>[] = Array.from({ length: count }, () => ({}));
  names.forEach((name, c) => {
    const column = columns[c]!;
    for (let r = 0; r < count; r++) rows[r]![name] = plainValue(column[r]);
  });
  return rows;
}

export function plainRow(row: Record<string, unknown>): Record<string, Cell> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plainValue(v)]));
}
