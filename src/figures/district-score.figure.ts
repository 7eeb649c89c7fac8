import { DISTRICT_PAR_YEARS } from '../../pipelines/domain/district-years.ts';
import { localized } from '../../pipelines/domain/lang.ts';
import { scoreSeriesChart } from '../charts/score-series.ts';
import { defineQuery, SOURCE_COLUMNS } from '../engine/query.ts';
import { formatNumber, t } from '../i18n/t.ts';
import { districtsQuery } from '../queries/districts.ts';
import { defineFigure } from './figure.ts';
import sql from './district-score.sql?raw';
import { sourceCell } from '../lib/sources.ts';

export const districtScoreQuery = defineQuery(sql, {
  obs_id: 'string',
  unit_id: 'string',
  name_vi: 'string',
  name_en: 'string',
  year: 'number',
  value: 'number',
  comparator: 'string?',
  note_en: 'string?',
  note_vi: 'string?',
  ...SOURCE_COLUMNS,
});

/** One district-level unit's published PAR index scores over the years. */
export default defineFigure({
  id: 'district-score',
  async instances(data) {
    const units = await data.run(districtsQuery);
    const scored = await Promise.all(units.map(async (u) => ({ id: u.id, years: new Set((await data.run(districtScoreQuery, [u.id])).map((r) => r.year)).size })));
    return scored.filter((u) => u.years >= 2).map((u) => u.id);
  },
  key: (unitId: string) => unitId,
  load: (data, unitId) => data.run(districtScoreQuery, [unitId]),
  render(rows, _unitId, lang) {
    const name = rows[0] ? localized(rows[0], 'name', lang) : '';
    return {
      title: t(lang, 'scoreSeriesTitle', { name }),
      description: t(lang, 'scoreSeriesDesc'),
      chart: (layout) => scoreSeriesChart(rows, { lang, layout, years: DISTRICT_PAR_YEARS }),
      legend: [],
      table: {
        caption: t(lang, 'scoreSeriesTitle', { name }),
        columns: [t(lang, 'colYear'), t(lang, 'colScore'), t(lang, 'source')],
        rows: rows.map((r) => [String(r.year), `${r.comparator === '>=' ? '≥ ' : ''}${formatNumber(lang, r.value)}`, sourceCell(lang, r)]),
      },
      sources: rows,
    };
  },
});
