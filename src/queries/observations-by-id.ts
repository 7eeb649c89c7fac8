import { defineQuery, STATED_COLUMNS, type RowType } from '../engine/query.ts';
import type { FigureData } from '../figures/figure.ts';
import sql from './observations-by-id.sql?raw';

export const observationsByIdQuery = defineQuery(sql, {
  obs_id: 'string',
  unit_id: 'string',
  indicator_id: 'string',
  period: 'string',
  ...STATED_COLUMNS,
  source_title: 'string?',
  source_url: 'string?',
  source_publisher_en: 'string',
  source_publisher_vi: 'string',
  source_published: 'string?',
  note_en: 'string?',
  note_vi: 'string?',
});
export type ObservationRecord = RowType<typeof observationsByIdQuery>;

/** The observations with these ids, by id. */
export async function observationsById(data: FigureData, ids: readonly string[]): Promise<Map<string, ObservationRecord>> {
  return new Map((await data.run(observationsByIdQuery, [[...new Set(ids)].sort().join(' ')])).map((r) => [r.obs_id, r]));
}
