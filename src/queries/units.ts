import { defineQuery, type RowType } from '../engine/query.ts';
import type { FigureData } from '../figures/figure.ts';
import sql from './units.sql?raw';

export const unitsQuery = defineQuery(sql, {
  id: 'string',
  level: 'string',
  name_vi: 'string',
  name_en: 'string',
  type_vi: 'string?',
  parent_id: 'string?',
  valid_from: 'string?',
  valid_until: 'string?',
  note_en: 'string?',
  note_vi: 'string?',
  figures: 'number',
});
export type Unit = RowType<typeof unitsQuery>;

export const allUnits = (data: FigureData) => data.run(unitsQuery);
