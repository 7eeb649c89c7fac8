import type { Cell, Row, TableSchema } from './table-schema.ts';

function formatCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  // Numbers always with a dot and no grouping, whatever the locale.
  const text = typeof value === 'number' ? String(value) : typeof value === 'boolean' ? (value ? 'true' : 'false') : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV for spreadsheets and scripts alike: UTF-8 with a BOM (so Excel reads the diacritics), CRLF, dot decimals. */
export function toCsv(rows: Row[], schema: TableSchema): string {
  const names = schema.fields.map((f) => f.name);
  const lines = [names.join(','), ...rows.map((row) => names.map((n) => formatCell(row[n] ?? null)).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
