import { DISTRICT_PAR_YEARS } from '../../pipelines/domain/district-years.ts';
import { localized } from '../../pipelines/domain/lang.ts';
import { rankHistoryChart } from '../charts/rank-history.ts';
import { defineQuery, SOURCE_COLUMNS, type RowType } from '../engine/query.ts';
import { t } from '../i18n/t.ts';
import { indicatorMeta } from '../queries/indicator.ts';
import { defineFigure, type FigureData } from './figure.ts';
import { RANKED_INDICATOR } from './ranking.figure.ts';
import sql from './rank-history.sql?raw';
import { sourceCell } from '../lib/sources.ts';

export const rankHistoryQuery = defineQuery(sql, {
  obs_id: 'string',
  unit_id: 'string',
  name_vi: 'string',
  name_en: 'string',
  year: 'number',
  kind: 'string',
  rank: 'number',
  rank_of: 'number?',
  note_en: 'string?',
  note_vi: 'string?',
  ...SOURCE_COLUMNS,
});
export type RankHistoryQueryRow = RowType<typeof rankHistoryQuery>;

/** The published ranks (and target ranks) of one unit, or of all units when unitId is ''. */
export async function loadRanks(data: FigureData, unitId: string) {
  const [rows, indicator] = await Promise.all([data.run(rankHistoryQuery, [unitId]), indicatorMeta(data, RANKED_INDICATOR)]);
  return { actual: rows.filter((r) => r.kind === 'actual'), targets: rows.filter((r) => r.kind === 'target'), rankOf: indicator.rank_of! };
}

/** Every published rank of every district-level unit over the years. */
export default defineFigure({
  id: 'rank-history',
  instances: async () => [null],
  key: () => '',
  load: (data) => loadRanks(data, ''),
  render({ actual, rankOf }, _params, lang) {
    return {
      title: t(lang, 'historyTitle'),
      description: t(lang, 'historyDesc'),
      chart: (layout) => rankHistoryChart(actual, { lang, layout, years: DISTRICT_PAR_YEARS, rankOf }),
      legend: [],
      table: {
        caption: t(lang, 'historyTitle'),
        columns: [t(lang, 'colUnit'), t(lang, 'colYear'), t(lang, 'colRank'), t(lang, 'source')],
        rows: actual.map((r) => [localized(r, 'name', lang), String(r.year), String(r.rank), sourceCell(lang, r)]),
      },
      sources: actual,
    };
  },
});
