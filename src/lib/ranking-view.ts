import type { Lang } from '../i18n/messages.ts';
import { formatNumber, t } from '../i18n/t.ts';
import type { DataTable } from './html.ts';
import type { QueryRow } from './rows.ts';

/** Number of district-level units with a published score or rank in a year's ranking rows. */
export const publishedCount = (rows: QueryRow[]) => new Set(rows.filter((r) => r.unit_level === 'district').map((r) => r.unit_id)).size;

/** Texts and table of the ranking figure for one year, shared by the build and the browser. */
export function rankingFigureText(lang: Lang, year: number, rows: QueryRow[]) {
  const published = publishedCount(rows);
  const table: DataTable = {
    caption: t(lang, 'rankingChartTitle', { year }),
    columns: [t(lang, 'colRank'), t(lang, 'colUnit'), t(lang, 'colScore'), t(lang, 'source')],
    rows: rows.map((r) => [
      r.rank !== null ? String(r.rank) : '–',
      String(lang === 'vi' ? r.name_vi : r.name_en),
      r.score !== null ? `${r.comparator === '>=' ? '≥ ' : ''}${formatNumber(lang, r.score as number)}` : '–',
      `${String(r.source_publisher)}${r.source_published ? ` (${String(r.source_published)})` : ''}`,
    ]),
  };
  return {
    title: t(lang, 'rankingChartTitle', { year }),
    coverage: t(lang, 'coverageLine', { year, n: published }),
    mapTitle: t(lang, 'mapTitle', { year }),
    table,
  };
}
