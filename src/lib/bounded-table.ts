import type { Lang } from '../../pipelines/domain/lang.ts';
import { formatNumber, t } from '../i18n/t.ts';
import { stateSearch } from '../scripts/explorer/explorer-url.ts';
import { TABLE_ROWS } from './bounds.ts';
import { escapeHtml, tableHtml, type DataTable } from './html.ts';
import { sitePath } from './links.ts';

/**
 * Where a reader finds every row of a table the page shows only in part: the explorer's SQL tab,
 * opened on a query of the `figures` table that returns them (it runs when the page opens), and the
 * indicator's CSV when the rows are one indicator's.
 */
export interface CompleteData {
  /** The rows, as a filter of `figures`: each list given narrows it (rows matching any of its values). */
  indicators?: string[];
  units?: string[];
  topics?: string[];
  kinds?: string[];
  /** A unit and the units that belong to it (a district and its wards' groups). */
  unitWithChildren?: string;
  /** The indicator's CSV (its path under the base path), when the rows are one indicator's. */
  csv?: string;
}

/** Units a filter names one by one; rows of more units are found by their indicators (and kinds) alone. */
const LISTED_UNITS = 10;

/**
 * The figures some rows come from, as a filter: their indicators, kinds and, when they are few,
 * units. Every row is matched; so may be others of the same indicators (the lists narrow
 * independently), which keeps the link short when a chart holds dozens of units.
 */
export function completeOf(rows: { indicator_id: string; unit_id: string; kind: string }[]): CompleteData {
  const units = [...new Set(rows.map((r) => r.unit_id))];
  return {
    indicators: [...new Set(rows.map((r) => r.indicator_id))],
    ...(units.length <= LISTED_UNITS ? { units } : {}),
    kinds: [...new Set(rows.map((r) => r.kind))],
  };
}

/** The explorer's address in each language (TRANSLATED_SECTIONS in src/i18n/routing.ts, which the browser cannot import). */
const EXPLORER: Record<Lang, string> = { vi: 'kham-pha/', en: 'explore/' };

const quoted = (values: string[]) => values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ');

/** A query of `figures` returning the rows a filter describes, with names in the page's language. */
export function figuresSql(lang: Lang, filter: CompleteData): string {
  const where = [
    filter.indicators?.length ? `indicator_id IN (${quoted(filter.indicators)})` : null,
    filter.units?.length ? `unit_id IN (${quoted(filter.units)})` : null,
    filter.topics?.length ? `topic IN (${quoted(filter.topics)})` : null,
    filter.kinds?.length ? `kind IN (${quoted(filter.kinds)})` : null,
    filter.unitWithChildren ? `(unit_id = ${quoted([filter.unitWithChildren])} OR unit_parent_id = ${quoted([filter.unitWithChildren])})` : null,
  ].filter((w) => w !== null);
  return [
    `SELECT unit_name_${lang} AS unit, indicator_name_${lang} AS indicator, period, kind, comparator, value, rank, rank_of, note_${lang} AS note, source_publisher_${lang} AS source_publisher, source_url`,
    'FROM figures',
    ...(where.length > 0 ? [`WHERE ${where.join(' AND ')}`] : []),
    'ORDER BY indicator_id, period_start, unit_id, kind',
  ].join('\n');
}

/** The explorer's compare tab opened on one indicator, where a reader picks its units and periods. */
export const explorerCompareHref = (lang: Lang, indicator: string) =>
  `${sitePath(lang, EXPLORER[lang])}${stateSearch({ tab: 'compare', indicator, units: [], periods: [], sql: null })}`;

/** The explorer's SQL tab opened on those rows. */
export const explorerHref = (lang: Lang, filter: CompleteData) =>
  `${sitePath(lang, EXPLORER[lang])}${stateSearch({ tab: 'sql', indicator: null, units: [], periods: [], sql: figuresSql(lang, filter) })}`;

/**
 * The line under a table cut to its first rows: how many it shows and leaves out, and where all
 * of them are. Nothing when the table is whole.
 */
export function moreRowsHtml(lang: Lang, shown: number, total: number, complete: CompleteData | undefined): string {
  if (total <= shown) return '';
  const text = t(lang, 'rowsNotShown', { shown: formatNumber(lang, shown), total: formatNumber(lang, total), hidden: formatNumber(lang, total - shown) });
  const links = complete
    ? [
        `<a href="${escapeHtml(explorerHref(lang, complete))}">${escapeHtml(t(lang, 'allRowsExplorer'))}</a>`,
        ...(complete.csv ? [`<a href="${escapeHtml(complete.csv)}" download>${escapeHtml(t(lang, 'allRowsCsv'))}</a>`] : []),
      ]
    : [];
  return `<p class="table-more">${escapeHtml(text)}${links.length > 0 ? ` ${links.join(' · ')}` : ''}</p>`;
}

/**
 * A table as HTML, cut to its first `limit` rows (the table's own limit, else TABLE_ROWS) when it is longer, with the line that says so and
 * where every row is (the table's `complete`). The same at build time and in the browser.
 */
export function boundedTableHtml(table: DataTable, lang: Lang, limit = table.limit ?? TABLE_ROWS): string {
  return tableHtml({ ...table, rows: table.rows.slice(0, limit) }) + moreRowsHtml(lang, Math.min(limit, table.rows.length), table.rows.length, table.complete);
}
