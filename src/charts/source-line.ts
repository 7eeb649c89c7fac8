import type { Lang } from '../i18n/messages.ts';
import { formatDate, t } from '../i18n/t.ts';
import type { QueryRow } from '../lib/rows.ts';

/** "Source: publisher, title (date)" for tooltips and footnotes. */
export function sourceLine(lang: Lang, row: QueryRow): string {
  const date = row.source_published ? ` (${formatDate(lang, String(row.source_published))})` : '';
  const title = row.source_title ? `, ${String(row.source_title)}` : '';
  return `${t(lang, 'source')}: ${String(row.source_publisher)}${title}${date}`;
}
