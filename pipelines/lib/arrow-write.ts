import { bool, dateDay, dictionary, float64, int32, tableFromArrays, tableToIPC, utf8, type DataType } from '@uwdata/flechette';
import type { ColumnTable } from 'arquero';
import { columnValues } from './table-of.ts';
import type { Cell, Field, TableSchema } from './table-schema.ts';

/** A string column with many repeats (ids, kinds, periods) is stored once per distinct value. */
function stringType(values: (string | null)[]): DataType {
  const distinct = new Set(values).size;
  return distinct * 2 <= values.length ? dictionary(utf8()) : utf8();
}

function arrowType(field: Field, values: Cell[]): DataType {
  switch (field.type) {
    case 'string':
      return stringType(values as (string | null)[]);
    case 'integer':
      return int32();
    case 'number':
      return float64();
    case 'boolean':
      return bool();
    case 'date':
      return dateDay();
  }
}

/**
 * The table as an Arrow IPC stream with the same column types as its Parquet file (VARCHAR,
 * INTEGER, DOUBLE, BOOLEAN, DATE once in DuckDB), so the browser's engine can take it as it is,
 * without decoding anything in JavaScript. Written with flechette, which builds no code at run time.
 */
export function toArrowIPC(table: ColumnTable, schema: TableSchema): Uint8Array {
  const columns: Record<string, Cell[]> = {};
  const types: Record<string, DataType> = {};
  for (const field of schema.fields) {
    const values = columnValues(table, field.name).map((v) => (v !== null && field.type === 'date' ? Date.parse(`${v as string}T00:00:00Z`) : (v ?? null)));
    columns[field.name] = values;
    types[field.name] = arrowType(field, values);
  }
  return tableToIPC(tableFromArrays(columns, { types }), { format: 'stream' })!;
}
