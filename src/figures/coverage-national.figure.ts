import { defineQuery } from '../engine/query.ts';
import { t } from '../i18n/t.ts';
import { SHARED_COVERAGE_CELLS } from '../lib/bounds.ts';
import { COVERAGE_COLUMNS, coverageContent } from './coverage-cells.ts';
import { defineFigure } from './figure.ts';
import sql from './coverage-national.sql?raw';

export const nationalCoverageQuery = defineQuery(sql, COVERAGE_COLUMNS);

/** For each national index and year: whether Hà Nội's figure is published (on the sources page, beside the two district matrices). */
export default defineFigure({
  id: 'coverage-national',
  instances: async () => ['ha-noi'],
  key: () => '',
  load: (data, unit: string) => data.run(nationalCoverageQuery, [unit]),
  render: (rows, _unit, lang) => coverageContent(rows, { title: t(lang, 'nationalCoverageTitle'), description: t(lang, 'nationalCoverageDesc'), rowHeader: t(lang, 'colIndicator') }, lang, SHARED_COVERAGE_CELLS),
});
