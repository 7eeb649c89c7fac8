import { defineQuery, SOURCE_COLUMNS, type RowType } from '../engine/query.ts';
import sql from './national-index-years.sql?raw';

export const nationalIndexYearsQuery = defineQuery(sql, {
  obs_id: 'string',
  indicator_id: 'string',
  indicator_name_vi: 'string',
  indicator_name_en: 'string',
  indicator_unit: 'string',
  topic: 'string',
  year: 'number',
  period: 'string',
  unit_id: 'string',
  unit_name_vi: 'string',
  unit_name_en: 'string',
  unit_level: 'string',
  comparator: 'string?',
  value: 'number?',
  rank: 'number?',
  rank_of: 'number?',
  note_en: 'string?',
  note_vi: 'string?',
  ...SOURCE_COLUMNS,
});
export type NationalIndexRow = RowType<typeof nationalIndexYearsQuery>;
