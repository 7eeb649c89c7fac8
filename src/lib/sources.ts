import type { Lang } from '../i18n/messages.ts';
import { formatDate } from '../i18n/t.ts';
import { escapeHtml } from './html.ts';
import type { QueryRow } from './rows.ts';

/** The distinct sources behind some rows, as a list of links for a figure's source line. */
export function sourceListHtml(lang: Lang, rows: QueryRow[]): string {
  const seen = new Map<string, QueryRow>();
  for (const r of rows) seen.set(`${r.source_publisher}|${r.source_title}`, r);
  const items = [...seen.values()].map((r) => {
    const date = r.source_published ? ` (${formatDate(lang, String(r.source_published))})` : '';
    const title = escapeHtml(String(r.source_title));
    const linked = r.source_url ? `<a href="${escapeHtml(String(r.source_url))}" rel="noopener">${title}</a>` : title;
    return `<li>${escapeHtml(String(r.source_publisher))}: ${linked}${date}</li>`;
  });
  return `<ul class="sources">${items.join('')}</ul>`;
}
