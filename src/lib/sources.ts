import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { sourceCredit } from '../../pipelines/domain/citation.ts';
import { formatDate, t } from '../i18n/t.ts';
import { escapeHtml, type TableCell } from './html.ts';
import { sitePath } from './links.ts';

/** The source columns every observation-level query returns. */
export interface SourceFields {
  source_id: string;
  source_publisher_en: string;
  source_publisher_vi: string;
  source_title: string | null;
  source_published: string | null;
  source_url: string | null;
}

/** A source's publisher, named in each language. */
type PublisherField = 'source_publisher_en' | 'source_publisher_vi';

/**
 * The language a source's title is written in, for its lang attribute: the sources
 * are in Vietnamese or English, and Vietnamese text carries its letters and tone marks on most words.
 */
export function textLang(text: string): Lang {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const marked = words.filter((w) => /[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i.test(w)).length;
  // An English title may name a place with its marks ("… drivers of Hà Nội"); Vietnamese marks most words.
  return marked / Math.max(1, words.length) >= 0.3 ? 'vi' : 'en';
}

/** A source's record on the sources page (src/pages/[...lang]/nguon-va-phuong-phap/). */
export const sourceRecordPath = (lang: Lang, sourceId: string) => `${sitePath(lang, 'nguon-va-phuong-phap/')}#source-${sourceId}`;

/**
 * A table cell with a source's credit (publisher and date), linked to the source itself where it
 * has an address and to its record on the sources page. The publisher is named for the page's
 * language (publisher_en, publisher_vi), so the cell carries no lang of its own: what is left in
 * another language is a proper name, which WCAG 3.1.2 leaves unmarked.
 */
export function sourceCell(lang: Lang, row: Pick<SourceFields, 'source_id' | PublisherField | 'source_published' | 'source_url'>): TableCell {
  return {
    text: sourceCredit(lang, row),
    ...(row.source_url ? { href: row.source_url } : {}),
    record: { href: sourceRecordPath(lang, row.source_id), label: t(lang, 'sourceRecord') },
  };
}

/** The language of a text when it is not the page's (for a lang attribute), else undefined. */
export const foreignLang = (pageLang: Lang, text: string): Lang | undefined => (textLang(text) === pageLang ? undefined : textLang(text));

/** An attribute that marks text written in a language other than the page's. */
export const langAttr = (pageLang: Lang, text: string) => (foreignLang(pageLang, text) ? ` lang="${textLang(text)}"` : '');

/**
 * The distinct sources behind a headline figure as short credits (publisher and date) after a
 * "Source(s):" label, each linked to its record on the sources page, where its title, address and
 * notes are; empty when there is none.
 */
export function sourceCreditsHtml(lang: Lang, rows: Pick<SourceFields, 'source_id' | PublisherField | 'source_published'>[]): string {
  const byId = new Map(rows.map((r) => [r.source_id, r]));
  if (byId.size === 0) return '';
  const links = [...byId.values()].map((r) => `<a href="${escapeHtml(sourceRecordPath(lang, r.source_id))}">${escapeHtml(sourceCredit(lang, r))}</a>`);
  return `${escapeHtml(t(lang, byId.size > 1 ? 'sourcesLabel' : 'source'))}: ${links.join('; ')}`;
}

/** The distinct sources behind some rows, as a list of links for a figure's source line. */
export function sourceListHtml(lang: Lang, rows: SourceFields[]): string {
  const seen = new Map<string, SourceFields>();
  for (const r of rows) seen.set(`${r.source_publisher_en}|${r.source_title ?? r.source_id}`, r);
  const items = [...seen.values()].map((r) => {
    const date = ` (${r.source_published ? formatDate(lang, r.source_published) : t(lang, 'dateUnknown')})`;
    const title = r.source_title !== null ? `<cite${langAttr(lang, r.source_title)}>${escapeHtml(r.source_title)}</cite>` : `(${escapeHtml(t(lang, 'titleNotRecorded'))})`;
    const linked = r.source_url ? `<a href="${escapeHtml(r.source_url)}" rel="noopener">${title}</a>` : title;
    return `<li>${escapeHtml(localized(r, 'source_publisher', lang))}: ${linked}${date}</li>`;
  });
  return `<ul class="sources">${items.join('')}</ul>`;
}
