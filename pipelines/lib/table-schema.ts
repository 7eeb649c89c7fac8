/**
 * Column definitions shared by validation, the CSV and Parquet writers and datapackage.json, so a
 * column's type and meaning are stated once.
 */
export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'boolean';

export interface Field {
  name: string;
  type: FieldType;
  required?: boolean;
  /** Allowed values, for a string field. */
  enum?: readonly string[];
  /** Format a string field must match, with a phrase saying what is expected. */
  pattern?: { regex: RegExp; expected: string };
  description_en: string;
  description_vi: string;
}

export interface TableSchema {
  fields: readonly Field[];
  primaryKey?: readonly string[];
  /** A file of this table may hold a header and no rows (there may be nothing to record yet). */
  mayBeEmpty?: boolean;
}

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;
