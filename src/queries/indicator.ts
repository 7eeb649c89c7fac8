import { defineQuery, type RowType } from '../engine/query.ts';
import type { FigureData } from '../figures/figure.ts';
import sql from './indicator.sql?raw';

export const indicatorQuery = defineQuery(sql, {
  id: 'string',
  topic: 'string',
  name_vi: 'string',
  name_en: 'string',
  unit: 'string',
  rank_of: 'number?',
  rank_level: 'string?',
  higher_is_better: 'boolean?',
  publisher_vi: 'string',
  publisher_en: 'string',
  definition_vi: 'string',
  definition_en: 'string',
});
export type Indicator = RowType<typeof indicatorQuery>;

/** One indicator's metadata; an unknown id is a programming error, not a gap in the data. */
export async function indicatorMeta(data: FigureData, id: string): Promise<Indicator> {
  const [indicator] = await data.run(indicatorQuery, [id]);
  if (!indicator) throw new Error(`unknown indicator ${id}`);
  return indicator;
}
