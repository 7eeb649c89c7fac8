import { localized } from '../../pipelines/domain/lang.ts';
import { defineQuery } from '../engine/query.ts';
import { t } from '../i18n/t.ts';
import { indicatorSummaries, indicatorSummary } from '../queries/indicator-summaries.ts';
import { COVERAGE_COLUMNS, coverageContent } from './coverage-cells.ts';
import { defineFigure } from './figure.ts';
import sql from './indicator-coverage.sql?raw';

export const indicatorCoverageQuery = defineQuery(sql, COVERAGE_COLUMNS);

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
    coverageContent(rows, { title: t(lang, 'indicatorCoverageTitle', { name: localized(meta, 'name', lang) }), rowHeader: t(lang, 'colUnit') }, lang),
});
