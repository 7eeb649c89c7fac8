import { localized } from '../../pipelines/domain/lang.ts';
import { rankingChart, type RankingRow } from '../charts/ranking-slots.ts';
import { defineQuery, SOURCE_COLUMNS, type RowType } from '../engine/query.ts';
import { formatNumber, t, type Lang } from '../i18n/t.ts';
import { unitSuffix } from '../lib/figure-text.ts';
import { sourceCell } from '../lib/sources.ts';
import { periodSlug } from '../lib/site-paths.ts';
import { indicatorSummary } from '../queries/indicator-summaries.ts';
import { defineFigure, type FigureData } from './figure.ts';
import { AVERAGE_LEVELS, axisLabel, placesOf, scoreAxis } from './indicator-shape.ts';
import periodsSql from './indicator-ranking-periods.sql?raw';
import sql from './indicator-ranking.sql?raw';
import rangeSql from './indicator-score-range.sql?raw';

export const indicatorRankingQuery = defineQuery(sql, {
  obs_id: 'string',
  unit_id: 'string',
  name_vi: 'string',
  name_en: 'string',
  unit_level: 'string',
  score: 'number?',
  rank: 'number?',
  rank_of: 'number?',
  comparator: 'string?',
  note_en: 'string?',
  note_vi: 'string?',
  ...SOURCE_COLUMNS,
});
export type IndicatorRankingRow = RowType<typeof indicatorRankingQuery>;

export const indicatorScoreRangeQuery = defineQuery(rangeSql, { low: 'number?', high: 'number?' });

export const rankingPeriodsQuery = defineQuery(periodsSql, { indicator_id: 'string', period: 'string', units: 'number', from_latest: 'number' });

/**
 * How many of an indicator's ranking periods, the latest, are pages of their own (with the
 * figure's pictures and chart-only page); earlier ones are a link to the explorer. Today's
 * rankings have at most 8 periods; a monthly ranking kept for decades would be hundreds of pages.
 */
export const RANKING_PERIOD_PAGES = 12;

/** One ranking: an indicator that ranks a level of units, in one of its periods. */
export interface RankingPeriod {
  indicator: string;
  period: string;
}

/** Every period of every ranked indicator with a published figure of a ranked unit, with how many units have one. */
export const rankingPeriods = (data: FigureData) => data.run(rankingPeriodsQuery);

/** Whether a ranking period is a page of its own: one of its indicator's latest (RANKING_PERIOD_PAGES). */
export const hasRankingPage = (p: { from_latest: number }) => p.from_latest <= RANKING_PERIOD_PAGES;

/** The ranking periods that are pages of their own. */
export const rankingPages = async (data: FigureData) => (await rankingPeriods(data)).filter(hasRankingPage);

/** The rows' notes in one language, each note once with the units it is about. */
export function rankingNotes(rows: IndicatorRankingRow[], lang: Lang): { note: string; units: string[] }[] {
  const notes = new Map<string, Set<string>>();
  for (const r of rows) {
    const note = localized(r, 'note', lang);
    if (note) notes.set(note, (notes.get(note) ?? new Set()).add(localized(r, 'name', lang)));
  }
  return [...notes].map(([note, units]) => ({ note, units: [...units] }));
}

/**
 * The ranking of any indicator with a rank universe in one period: its places as slots with the
 * gaps hatched, or, where no source states how many were ranked, the published scores in order
 * with only the published ranks.
 */
export default defineFigure({
  id: 'indicator-ranking',
  instances: async (data): Promise<RankingPeriod[]> => (await rankingPages(data)).map((p) => ({ indicator: p.indicator_id, period: p.period })),
  key: ({ indicator, period }) => `${indicator}-${periodSlug(period)}`,
  async load(data, { indicator, period }) {
    const [rows, meta, [range]] = await Promise.all([data.run(indicatorRankingQuery, [indicator, period]), indicatorSummary(data, indicator), data.run(indicatorScoreRangeQuery, [indicator])]);
    // One score axis for every period of the indicator.
    const xDomain = scoreAxis(meta, [range?.low, range?.high].filter((v): v is number => v !== null && v !== undefined));
    return { rows, meta, xDomain };
  },
  render({ rows, meta, xDomain }, { period }, lang) {
    const name = localized(meta, 'name', lang);
    const level = meta.rank_level!;
    const places = placesOf(meta, rows);
    const suffix = unitSuffix(lang, meta.unit);
    const ranked = new Set(rows.filter((r) => r.unit_level === level).map((r) => r.unit_id)).size;
    // Each source's figure of a unit is its own dot (its tooltip names its source); an average two
    // sources print alike is one rule and one label, and listed once per source in the table.
    const units = rows.filter((r) => r.unit_level === level);
    const averages = [...new Map(rows.filter((r) => AVERAGE_LEVELS.some((l) => l === r.unit_level)).map((r) => [`${r.unit_id}|${r.score}|${r.comparator}`, r])).values()];
    const charted: RankingRow[] = [...units, ...averages];
    const title = t(lang, 'indicatorRankingTitle', { name, period });
    const valueOf = (r: IndicatorRankingRow) => (r.score !== null ? `${r.comparator === '>=' ? '≥ ' : ''}${formatNumber(lang, r.score)}${suffix}` : '–');
    return {
      title,
      description: places !== null ? t(lang, 'rankingChartDesc', { n: places }) : t(lang, 'scoreListDesc'),
      note: places !== null ? t(lang, 'periodCoverageLine', { period, n: ranked, of: places }) : t(lang, 'scoreListNote', { period, n: ranked }),
      chart: (layout) =>
        rankingChart(charted, {
          lang,
          layout,
          rankOf: places,
          level,
          xDomain,
          averageLevels: AVERAGE_LEVELS,
          averageText: (r, value) => t(lang, r.unit_level === 'country' ? 'countryAverage' : 'blocAverage', { value }),
          scoreSuffix: suffix,
          scoreLabel: axisLabel(lang, meta.unit),
          higherIsBetter: meta.higher_is_better ?? true,
        }),
      legend: places !== null ? [{ kind: 'hatch', label: t(lang, 'gapLegend') }] : [],
      table: {
        caption: title,
        columns: [t(lang, 'colRank'), t(lang, 'colUnit'), t(lang, 'colValue'), t(lang, 'colNote'), t(lang, 'source')],
        rows: rows.map((r) => [
          r.rank !== null ? `${r.rank}${r.rank_of !== null ? `/${r.rank_of}` : ''}` : '–',
          localized(r, 'name', lang),
          valueOf(r),
          localized(r, 'note', lang) ?? '',
          sourceCell(lang, r),
        ]),
      },
      sources: rows,
    };
  },
});
