import type { Lang } from '../../pipelines/domain/lang.ts';
import { formatDate, t } from '../i18n/t.ts';
import { escapeHtml } from './html.ts';

/** The source columns every observation-level query returns. */
export interface SourceFields {
  source_id: string;
  source_publisher: string;
  source_title: string;
  source_published: string | null;
  source_url: string | null;
}

/** "Nguồn: publisher, title (date)" for tooltips and footnotes. */
export function sourceLine(lang: Lang, row: SourceFields): string {
  const date = row.source_published ? ` (${formatDate(lang, row.source_published)})` : '';
  return `${t(lang, 'source')}: ${row.source_publisher}, ${row.source_title}${date}`;
}

/** The distinct sources behind some rows, as a list of links for a figure's source line. */
export function sourceListHtml(lang: Lang, rows: SourceFields[]): string {
  const seen = new Map<string, SourceFields>();
  for (const r of rows) seen.set(`${r.source_publisher}|${r.source_title}`, r);
  const items = [...seen.values()].map((r) => {
    const date = r.source_published ? ` (${formatDate(lang, r.source_published)})` : '';
    const title = escapeHtml(r.source_title);
    const linked = r.source_url ? `<a href="${escapeHtml(r.source_url)}" rel="noopener">${title}</a>` : title;
    return `<li>${escapeHtml(r.source_publisher)}: ${linked}${date}</li>`;
  });
  return `<ul class="sources">${items.join('')}</ul>`;
}
