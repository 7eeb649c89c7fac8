import { BASE_TABLES } from '../../pipelines/domain/bundle-files.ts';
import { defineQuery, type RowType } from '../engine/query.ts';
import { VIEWS } from '../engine/views.ts';
import type { FigureData } from '../figures/figure.ts';
import columnsSql from './engine-columns.sql?raw';
import indicatorsSql from './explorer-indicators.sql?raw';
import unitsSql from './explorer-units.sql?raw';

const indicatorsQuery = defineQuery(indicatorsSql, {
  id: 'string',
  topic: 'string',
  name_vi: 'string',
  name_en: 'string',
  unit: 'string',
  scale_min: 'number?',
  scale_max: 'number?',
  rank_of: 'number?',
  rank_level: 'string?',
  periods: 'string',
  units: 'string',
});
const unitsQuery = defineQuery(unitsSql, { id: 'string', level: 'string', name_vi: 'string', name_en: 'string', geo_shape_id: 'string?' });
const columnsQuery = defineQuery(columnsSql, { table_name: 'string', columns: 'string' });

export type CatalogIndicator = Omit<RowType<typeof indicatorsQuery>, 'periods' | 'units'> & { periods: string[]; units: string[] };
export type CatalogUnit = RowType<typeof unitsQuery>;

/** What the explorer offers, read at build time: the form's choices and the names the SQL editor completes. */
export interface ExplorerCatalog {
  indicators: CatalogIndicator[];
  units: CatalogUnit[];
  /** Each table or view the browser's engine can create, with its columns. */
  tables: Record<string, string[]>;
}

export async function explorerCatalog(data: FigureData): Promise<ExplorerCatalog> {
  const [indicators, units, columns] = await Promise.all([data.run(indicatorsQuery), data.run(unitsQuery), data.run(columnsQuery)]);
  const engineTables = new Set<string>([...BASE_TABLES, ...VIEWS.map((v) => v.name), 'district_years']);
  return {
    indicators: indicators.map((i) => ({ ...i, periods: i.periods.split(' '), units: i.units.split(' ') })),
    units,
    tables: Object.fromEntries(columns.filter((c) => engineTables.has(c.table_name)).map((c) => [c.table_name, c.columns.split(' ')])),
  };
}
