import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { defineQuery, type RowType } from '../engine/query.ts';
import { t } from '../i18n/t.ts';
import { indicatorSummaries, indicatorSummary } from '../queries/indicator-summaries.ts';
import { COVERAGE_COLUMNS, coverageContent } from './coverage-cells.ts';
import { defineFigure } from './figure.ts';
import sql from './indicator-coverage.sql?raw';

export const indicatorCoverageQuery = defineQuery(sql, { ...COVERAGE_COLUMNS, unit_level: 'string' });
type Row = RowType<typeof indicatorCoverageQuery>;

/**
 * The rows level by level (in the query's order), each level's units in the alphabetical order of
 * the language: SQL sorts names by code point, which puts Đ after Z.
 */
function alphabetical(rows: Row[], lang: Lang): Row[] {
  const levels = [...new Set(rows.map((r) => r.unit_level))];
  const collator = new Intl.Collator(lang);
  return rows.toSorted((a, b) => levels.indexOf(a.unit_level) - levels.indexOf(b.unit_level) || collator.compare(localized(a, 'label', lang), localized(b, 'label', lang)) || (a.row < b.row ? -1 : a.row > b.row ? 1 : 0) || a.year - b.year);
}

/** For any indicator, each unit by year: published, sources disagree, or missing (from the coverage view). */
export default defineFigure({
  id: 'indicator-coverage',
  instances: async (data) => (await indicatorSummaries(data)).map((meta) => meta.id),
  key: (indicator: string) => indicator,
  async load(data, indicator) {
    const [meta, rows] = await Promise.all([indicatorSummary(data, indicator), data.run(indicatorCoverageQuery, [indicator])]);
    return { meta, rows };
  },
  render: ({ meta, rows }, _indicator, lang) =>
    coverageContent(alphabetical(rows, lang), { title: t(lang, 'indicatorCoverageTitle', { name: localized(meta, 'name', lang) }), description: t(lang, 'coverageDesc'), rowHeader: t(lang, 'colUnit') }, lang),
});
