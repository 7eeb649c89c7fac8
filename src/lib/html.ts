import type { CompleteData } from './bounded-table.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** A cell's text, or its text and the language it is written in when that is not the page's. */
export type TableCell = string | { text: string; lang: string };

export interface DataTable {
  caption: string;
  columns: string[];
  rows: TableCell[][];
  /** How many rows the page shows, the first ones (see boundedTableHtml); TABLE_ROWS by default. */
  limit?: number;
  /** Where every row is, for a page that shows only the first ones. */
  complete?: CompleteData;
}

const cellHtml = (c: TableCell) => (typeof c === 'string' ? `<td>${escapeHtml(c)}</td>` : `<td lang="${escapeHtml(c.lang)}">${escapeHtml(c.text)}</td>`);

/**
 * A figure's data table as HTML; built the same way at build time and in the browser. A table
 * wider than its column scrolls in its own box, so it can take keyboard focus to scroll.
 */
export function tableHtml(table: DataTable): string {
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = table.rows.map((r) => `<tr>${r.map(cellHtml).join('')}</tr>`).join('');
  return `<table tabindex="0"><caption>${escapeHtml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
