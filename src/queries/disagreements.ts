import { defineQuery, SOURCE_COLUMNS, STATED_COLUMNS } from '../engine/query.ts';
import sql from './disagreements.sql?raw';

export const disagreementsQuery = defineQuery(sql, {
  id: 'string',
  summary_vi: 'string',
  summary_en: 'string',
  obs_id: 'string',
  unit_id: 'string',
  unit_name_vi: 'string',
  unit_name_en: 'string',
  indicator_id: 'string',
  indicator_unit: 'string',
  period: 'string',
  ...STATED_COLUMNS,
  group: 'string?',
  ...SOURCE_COLUMNS,
});
