import { DISTRICT_PAR_YEARS } from '../../pipelines/domain/district-years.ts';
import { localized } from '../../pipelines/domain/lang.ts';
import { rankingChart } from '../charts/ranking-slots.ts';
import { defineQuery, SOURCE_COLUMNS, type RowType } from '../engine/query.ts';
import { formatNumber, t } from '../i18n/t.ts';
import { indicatorMeta } from '../queries/indicator.ts';
import { yearCountsQuery } from '../queries/year-counts.ts';
import { defineFigure, type FigureData } from './figure.ts';
import rangeSql from './ranking-range.sql?raw';
import sql from './ranking.sql?raw';
import { sourceCell } from '../lib/sources.ts';

export const rankingQuery = defineQuery(sql, {
  obs_id: 'string',
  unit_id: 'string',
  name_vi: 'string',
  name_en: 'string',
  unit_level: 'string',
  year: 'number',
  score: 'number?',
  rank: 'number?',
  rank_of: 'number?',
  comparator: 'string?',
  geo_shape_id: 'string?',
  note_en: 'string?',
  note_vi: 'string?',
  ...SOURCE_COLUMNS,
});
export type RankingQueryRow = RowType<typeof rankingQuery>;
export const rankingRangeQuery = defineQuery(rangeSql, { low: 'number?', high: 'number?' });

export const RANKED_INDICATOR = 'par_index_district';

/** Number of ranked units with a published score or rank among a year's rows. */
export const publishedCount = (rows: RankingQueryRow[]) => new Set(rows.filter((r) => r.unit_level === 'district').map((r) => r.unit_id)).size;

/** How many units each year of the ranking has a published score or rank for (0 for a year with none). */
export async function rankingYearCounts(data: FigureData): Promise<Map<number, number>> {
  const published = new Map((await data.run(yearCountsQuery)).map((r) => [r.year, r.units]));
  return new Map(DISTRICT_PAR_YEARS.map((y) => [y, published.get(y) ?? 0]));
}

/** The year a ranking view opens on: the one with the most published units (the latest on a tie). */
export async function defaultRankingYear(data: FigureData): Promise<number> {
  const counts = await rankingYearCounts(data);
  return DISTRICT_PAR_YEARS.reduce((best, y) => (counts.get(y)! >= counts.get(best)! ? y : best));
}

/** The city's ranking of its district-level units in one year: every place, gaps hatched. */
export default defineFigure({
  id: 'ranking',
  instances: async (): Promise<number[]> => [...DISTRICT_PAR_YEARS],
  key: (year) => String(year),
  async load(data, year: number) {
    const [rows, indicator, [range]] = await Promise.all([data.run(rankingQuery, [year]), indicatorMeta(data, RANKED_INDICATOR), data.run(rankingRangeQuery)]);
    // One score axis for every year: from the multiple of five below the lowest published score (80 at most) to 100.
    const low = Math.min(80, Math.floor(((range?.low ?? 80) - 1) / 5) * 5);
    return { rows, rankOf: indicator.rank_of!, xDomain: [low, 100] as [number, number] };
  },
  render({ rows, rankOf, xDomain }, year, lang) {
    return {
      title: t(lang, 'rankingChartTitle', { year }),
      description: t(lang, 'rankingChartDesc', { n: rankOf }),
      note: t(lang, 'coverageLine', { year, n: publishedCount(rows), of: rankOf }),
      chart: (layout) => rankingChart(rows, { lang, layout, rankOf, level: 'district', xDomain }),
      legend: [{ kind: 'hatch', label: t(lang, 'gapLegend') }],
      table: {
        caption: t(lang, 'rankingChartTitle', { year }),
        columns: [t(lang, 'colRank'), t(lang, 'colUnit'), t(lang, 'colScore'), t(lang, 'source'), t(lang, 'colNote')],
        rows: rows.map((r) => [
          r.rank !== null ? String(r.rank) : '–',
          localized(r, 'name', lang),
          r.score !== null ? `${r.comparator === '>=' ? '≥ ' : ''}${formatNumber(lang, r.score)}` : '–',
          sourceCell(lang, r),
          // The note says what a tie, a rank without a score or a floor means.
          localized(r, 'note', lang) ?? '',
        ]),
      },
      sources: rows,
    };
  },
});
