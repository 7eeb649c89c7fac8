import type { Topic } from '../../pipelines/domain/vocabulary.ts';
import { defineQuery, SOURCE_COLUMNS, STATED_COLUMNS, type RowType } from '../engine/query.ts';
import type { FigureData } from '../figures/figure.ts';
import sql from './figure-rows.sql?raw';

export const figureRowsQuery = defineQuery(sql, {
  obs_id: 'string',
  indicator_id: 'string',
  indicator_name_vi: 'string',
  indicator_name_en: 'string',
  indicator_unit: 'string',
  unit_id: 'string',
  unit_name_vi: 'string',
  unit_name_en: 'string',
  unit_level: 'string',
  period: 'string',
  period_start: 'string',
  period_end: 'string',
  ...STATED_COLUMNS,
  as_of: 'string?',
  note_en: 'string?',
  note_vi: 'string?',
  ...SOURCE_COLUMNS,
});
export type FigureRow = RowType<typeof figureRowsQuery>;

/** Actuals and targets, narrowed to a topic, some indicators and some units (all when omitted). */
export function figureRows(data: FigureData, filter: { topic?: Topic; indicators?: readonly string[]; units?: readonly string[] }): Promise<FigureRow[]> {
  return data.run(figureRowsQuery, [filter.topic ?? '*', filter.indicators?.join(' ') ?? '*', filter.units?.join(' ') ?? '*']);
}

/** Rows with a published value, typed so. */
export const withValue = <R extends { value: number | null }>(rows: R[]) => rows.filter((r): r is R & { value: number } => r.value !== null);
