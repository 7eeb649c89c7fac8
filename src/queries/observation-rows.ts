import { defineQuery, SOURCE_COLUMNS, STATED_COLUMNS, type RowType } from '../engine/query.ts';
import type { FigureData } from '../figures/figure.ts';
import sql from './observation-rows.sql?raw';

export const observationRowsQuery = defineQuery(sql, {
  obs_id: 'string',
  unit_id: 'string',
  unit_name_vi: 'string',
  unit_name_en: 'string',
  unit_level: 'string',
  unit_type_vi: 'string?',
  indicator_id: 'string',
  indicator_name_vi: 'string',
  indicator_name_en: 'string',
  indicator_unit: 'string',
  indicator_rank_level: 'string?',
  topic: 'string',
  period: 'string',
  period_start: 'string',
  ...STATED_COLUMNS,
  group: 'string?',
  as_of: 'string?',
  note_en: 'string?',
  note_vi: 'string?',
  ...SOURCE_COLUMNS,
});
export type ObservationRow = RowType<typeof observationRowsQuery>;

/** Every observation of one indicator or of one unit (all when neither is given). */
export function observationRows(data: FigureData, filter: { indicator?: string; unit?: string }): Promise<ObservationRow[]> {
  return data.run(observationRowsQuery, [filter.indicator ?? '*', filter.unit ?? '*']);
}
