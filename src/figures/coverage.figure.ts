import { localized } from '../../pipelines/domain/lang.ts';
import { defineQuery } from '../engine/query.ts';
import { t } from '../i18n/t.ts';
import { indicatorMeta } from '../queries/indicator.ts';
import { COVERAGE_COLUMNS, coverageContent } from './coverage-cells.ts';
import { SHARED_COVERAGE_CELLS } from '../lib/bounds.ts';
import { defineFigure } from './figure.ts';
import sql from './coverage.sql?raw';

export const coverageQuery = defineQuery(sql, COVERAGE_COLUMNS);

/** The district-level indicators whose coverage the sources page shows. */
const DISTRICT_INDICATORS = ['par_index_district', 'sipas_hanoi_district'];

/** For each district-level unit and year: published, sources disagree, or missing. */
export default defineFigure({
  id: 'coverage',
  instances: async () => DISTRICT_INDICATORS,
  key: (indicator: string) => indicator,
  async load(data, indicator) {
    const meta = await indicatorMeta(data, indicator);
    return { meta, rows: await data.run(coverageQuery, [indicator, meta.rank_level ?? 'district']) };
  },
  // Two of these share the sources page.
  render: ({ meta, rows }, _indicator, lang) => coverageContent(rows, { title: localized(meta, 'name', lang), description: t(lang, 'coverageDesc'), rowHeader: t(lang, 'colUnit') }, lang, SHARED_COVERAGE_CELLS),
});
