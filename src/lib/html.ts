import type { CompleteData } from './bounded-table.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/**
 * Whether a cell's text is long enough to need a wide column: a table fits its columns to the
 * screen, and on a phone a note squeezed to the minimum width wraps one syllable per line.
 * Such a cell gets class "long" (a readable minimum width in site.css), which widens its column.
 */
export const longCellClass = (text: string) => (text.length > 40 ? 'long' : undefined);
function classAttr(text: string): string {
  const name = longCellClass(text);
  return name ? ` class="${name}"` : '';
}

/**
 * A cell's text, or its text with, for a source, the source's own address and its record on the
 * sources page.
 */
export type TableCell = string | { text: string; href?: string; record?: { href: string; label: string } };

export interface DataTable {
  caption: string;
  columns: string[];
  rows: TableCell[][];
  /** How many rows the page shows, the first ones (see boundedTableHtml); TABLE_ROWS by default. */
  limit?: number;
  /** Where every row is, for a page that shows only the first ones. */
  complete?: CompleteData;
}

function cellHtml(c: TableCell): string {
  if (typeof c === 'string') return `<td${classAttr(c)}>${escapeHtml(c)}</td>`;
  const text = c.href ? `<a href="${escapeHtml(c.href)}" rel="noopener">${escapeHtml(c.text)}</a>` : escapeHtml(c.text);
  const record = c.record ? ` <a class="source-record" href="${escapeHtml(c.record.href)}">${escapeHtml(c.record.label)}</a>` : '';
  return `<td${classAttr(c.text)}>${text}${record}</td>`;
}

/**
 * A figure's data table as HTML; built the same way at build time and in the browser. A table
 * wider than its column scrolls in its own box, so it can take keyboard focus to scroll.
 */
export function tableHtml(table: DataTable): string {
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = table.rows.map((r) => `<tr>${r.map(cellHtml).join('')}</tr>`).join('');
  return `<table tabindex="0"><caption>${escapeHtml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
