/** File names of the published data bundle (public/data/ on the site), shared by the writer and the readers. */
export const BOUNDARIES_FILE = 'hanoi-districts.topojson';
export const BOUNDARIES_OBJECT = 'hanoi_districts';
export const DATAPACKAGE_FILE = 'datapackage.json';
export const CHECKSUMS_FILE = 'SHA256SUMS';

export type TableFormat = 'csv' | 'parquet' | 'arrow';
export const tableFile = (table: string, format: TableFormat) => `${table}.${format}`;

/** The tables the pipeline's steps build; every other table of the bundle is a view over these. */
export const BASE_TABLES = ['observations', 'units', 'unit_aliases', 'indicators', 'sources', 'context', 'disagreements'] as const;
export type BaseTable = (typeof BASE_TABLES)[number];
