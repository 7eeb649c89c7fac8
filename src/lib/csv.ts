import type { Cell } from '../../pipelines/domain/values.ts';

const field = (value: Cell) => {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Rows as CSV, UTF-8 with a byte order mark like the bundle's CSV files, so spreadsheets read the accents. */
export function csvBytes(columns: string[], rows: Cell[][]): Uint8Array {
  const lines = [columns.map(field).join(','), ...rows.map((row) => row.map(field).join(','))];
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
