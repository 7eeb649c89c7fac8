import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { rankHistoryChart } from '../charts/rank-history.ts';
import { defineQuery, SOURCE_COLUMNS, type RowType } from '../engine/query.ts';
import { t } from '../i18n/t.ts';
import { sourceCell } from '../lib/sources.ts';
import { HANOI } from '../lib/unit-pages.ts';
import { defineFigure } from './figure.ts';
import sql from './province-ranks.sql?raw';

export const provinceRanksQuery = defineQuery(sql, {
  obs_id: 'string',
  indicator_id: 'string',
  indicator_name_vi: 'string',
  indicator_name_en: 'string',
  indicator_rank_of: 'number?',
  year: 'number',
  rank: 'number',
  rank_of: 'number?',
  ...SOURCE_COLUMNS,
});
type ProvinceRankRow = RowType<typeof provinceRanksQuery>;

/** An index's name as a chart label: the acronym a name ends with in brackets ("… (SIPAS)"), else the name. */
export function shortIndexName(name: string): string {
  return /\(([^()]+)\)\s*$/.exec(name)?.[1] ?? name;
}

const indexName = (r: ProvinceRankRow, lang: Lang) => shortIndexName(localized(r, 'indicator_name', lang));

/** One province's published rank in each national index (PAR INDEX, SIPAS, PAPI…) over the years, on one chart. */
export default defineFigure({
  id: 'province-ranks',
  instances: async () => [HANOI],
  key: (unit: string) => unit,
  load: (data, unit) => data.run(provinceRanksQuery, [unit]),
  render(rows, _unit, lang) {
    const years = [...new Set(rows.map((r) => r.year))].sort();
    const span = years.length > 0 ? Array.from({ length: years.at(-1)! - years[0]! + 1 }, (_, i) => years[0]! + i) : [];
    const rankOf = Math.max(...rows.map((r) => r.rank_of ?? r.indicator_rank_of ?? r.rank));
    // Each index is a line of the chart: its id stands for the unit of the rank history.
    const ranks = rows.map((r) => ({ unit_id: r.indicator_id, name_vi: indexName(r, 'vi'), name_en: indexName(r, 'en'), year: r.year, rank: r.rank }));
    return {
      title: t(lang, 'provinceRanksTitle'),
      description: t(lang, 'provinceRanksDesc', { n: rankOf }),
      chart: (layout) => rankHistoryChart(ranks, { lang, layout, years: span, rankOf }),
      legend: [],
      table: {
        caption: t(lang, 'provinceRanksTitle'),
        columns: [t(lang, 'colIndicator'), t(lang, 'colYear'), t(lang, 'colRank'), t(lang, 'source')],
        rows: rows.map((r) => [localized(r, 'indicator_name', lang), String(r.year), `${r.rank}/${r.rank_of ?? r.indicator_rank_of ?? ''}`, sourceCell(lang, r)]),
      },
      sources: rows,
    };
  },
});
