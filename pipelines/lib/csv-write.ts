import { csvText } from '../domain/csv.ts';
import type { Row, TableSchema } from './table-schema.ts';

/** A table as the bundle's CSV (see csvText): the schema's columns, in order. */
export function toCsv(rows: Row[], schema: TableSchema): string {
  return csvText(schema.fields.map((f) => f.name), rows);
}
