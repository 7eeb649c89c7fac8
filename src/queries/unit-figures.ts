import { defineQuery, SOURCE_COLUMNS, STATED_COLUMNS, type RowType } from '../engine/query.ts';
import sql from './unit-figures.sql?raw';

export const unitFiguresQuery = defineQuery(sql, {
  obs_id: 'string',
  unit_id: 'string',
  unit_name_vi: 'string',
  unit_name_en: 'string',
  indicator_id: 'string',
  indicator_name_vi: 'string',
  indicator_name_en: 'string',
  indicator_unit: 'string',
  topic: 'string',
  period: 'string',
  ...STATED_COLUMNS,
  group: 'string?',
  note_en: 'string?',
  note_vi: 'string?',
  ...SOURCE_COLUMNS,
});
export type UnitFigure = RowType<typeof unitFiguresQuery>;

/** The figures of a unit's reform tasks (set, completed, in progress), by indicator id. */
export function reformTasks(figures: UnitFigure[]): { set: number; completed: number; progress: number } | null {
  const value = (id: string) => figures.find((r) => r.indicator_id === id)?.value ?? null;
  const [set, completed, progress] = [value('reform_tasks_set'), value('reform_tasks_completed'), value('reform_tasks_in_progress')];
  return set !== null && completed !== null && progress !== null ? { set, completed, progress } : null;
}
