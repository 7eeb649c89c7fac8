import { defineQuery, SOURCE_COLUMNS } from '../engine/query.ts';
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
  kind: 'string',
  comparator: 'string?',
  value: 'number?',
  rank: 'number?',
  rank_of: 'number?',
  group: 'string?',
  ...SOURCE_COLUMNS,
});
