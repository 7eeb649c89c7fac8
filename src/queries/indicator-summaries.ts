import { defineQuery, type RowType } from '../engine/query.ts';
import type { FigureData } from '../figures/figure.ts';
import sql from './indicator-summaries.sql?raw';

export const indicatorSummariesQuery = defineQuery(sql, {
  id: 'string',
  topic: 'string',
  name_vi: 'string',
  name_en: 'string',
  unit: 'string',
  scale_min: 'number?',
  scale_max: 'number?',
  rank_of: 'number?',
  rank_level: 'string?',
  higher_is_better: 'boolean?',
  publisher_vi: 'string',
  publisher_en: 'string',
  definition_vi: 'string',
  definition_en: 'string',
  figures: 'number',
  units: 'number',
  periods: 'number',
  first_period: 'string',
  last_period: 'string',
  has_targets: 'boolean',
  has_groups: 'boolean',
});
export type IndicatorSummary = RowType<typeof indicatorSummariesQuery>;

/** Every indicator with figures, in the order of the topics and then of their ids. */
export const indicatorSummaries = (data: FigureData) => data.run(indicatorSummariesQuery);

/** One indicator's metadata and the shape of its figures; an id without figures is a programming error. */
export async function indicatorSummary(data: FigureData, id: string): Promise<IndicatorSummary> {
  const found = (await indicatorSummaries(data)).find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id} with figures`);
  return found;
}
