import type { Cell } from './values.ts';

/**
 * CSV for spreadsheets and scripts alike: UTF-8 with a BOM (so Excel reads the diacritics), CRLF,
 * dot decimals. The bundle's tables (pipelines/lib/csv-write.ts) and the site's per-indicator
 * downloads are both written with these rules.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: numbers with a dot and no grouping whatever the locale, text quoted only when it must be. */
export function csvCell(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A whole table as CSV text, for tables small enough to be one string. */
export function csvText(columns: readonly string[], rows: readonly Record<string, Cell | undefined>[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))];
  return `${CSV_BOM}${lines.join(CSV_LINE_END)}${CSV_LINE_END}`;
}
