import type { Cell } from './values.ts';

function csvCell(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  // Numbers always with a dot and no grouping, whatever the locale.
  const text = typeof value === 'number' ? String(value) : typeof value === 'boolean' ? (value ? 'true' : 'false') : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV for spreadsheets and scripts alike: UTF-8 with a BOM (so Excel reads the diacritics), CRLF,
 * dot decimals. The bundle's tables and the site's per-indicator downloads are both written here.
 */
export function csvText(columns: readonly string[], rows: readonly Record<string, Cell | undefined>[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
