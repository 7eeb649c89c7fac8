import { Type, type Table } from '@uwdata/flechette';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Cell } from '../../pipelines/domain/values.ts';
import { csvBytes } from '../lib/csv.ts';
import type { ResultPage } from './engine-protocol.ts';

/** What a result column holds, in the terms a table, a chart and a file need. */
export type ColumnKind = 'number' | 'text' | 'date' | 'timestamp' | 'boolean' | 'other';

function kindOf(typeId: number, valueTypeId?: number): ColumnKind {
  switch (typeId) {
    case Type.Int:
    case Type.Float:
    case Type.Decimal:
      return 'number';
    case Type.Utf8:
    case Type.LargeUtf8:
    case Type.Utf8View:
      return 'text';
    case Type.Date:
      return 'date';
    case Type.Timestamp:
      return 'timestamp';
    case Type.Bool:
      return 'boolean';
    case Type.Dictionary:
      return valueTypeId === undefined ? 'other' : kindOf(valueTypeId);
    default:
      return 'other';
  }
}

export const columnKinds = (table: Table): ColumnKind[] =>
  table.schema.fields.map((f) => kindOf(f.type.typeId, 'dictionary' in f.type ? (f.type.dictionary as { typeId: number }).typeId : undefined));

/** A value as the page shows and files hold it: dates as ISO text, 64-bit integers as numbers, nested values as JSON. */
function cell(value: unknown, kind: ColumnKind): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return kind === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
}

/** Rows offset … offset + limit of a result, as plain values. */
export function resultPage(table: Table, offset = 0, limit = table.numRows): ResultPage {
  const kinds = columnKinds(table);
  const end = Math.min(table.numRows, offset + limit);
  const rows: Cell[][] = [];
  for (let i = offset; i < end; i++) rows.push(table.children.map((column, j) => cell(column.at(i), kinds[j]!)));
  return { columns: table.names, types: kinds, rows };
}

/** The result as CSV. */
export function resultCsv(table: Table): Uint8Array {
  const { columns, rows } = resultPage(table);
  return csvBytes(columns, rows);
}

const DAY_MS = 86_400_000;

/** The result as Parquet with typed columns: numbers as DOUBLE, dates as DATE, text and nested values as text. */
export function resultParquet(table: Table): Uint8Array {
  const { columns, types, rows } = resultPage(table);
  const elements = columns.map((name, j) => {
    const kind = types[j] as ColumnKind;
    if (kind === 'number') return { name, type: 'DOUBLE' as const, repetition_type: 'OPTIONAL' as const };
    if (kind === 'boolean') return { name, type: 'BOOLEAN' as const, repetition_type: 'OPTIONAL' as const };
    if (kind === 'date') return { name, type: 'INT32' as const, converted_type: 'DATE' as const, repetition_type: 'OPTIONAL' as const };
    return { name, type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: 'OPTIONAL' as const };
  });
  const columnData = columns.map((name, j) => ({
    name,
    data: rows.map((row) => {
      const v = row[j] ?? null;
      if (v === null) return null;
      if (types[j] === 'date') return Date.parse(`${v as string}T00:00:00Z`) / DAY_MS;
      if (types[j] === 'number' || types[j] === 'boolean') return v;
      return String(v);
    }),
  }));
  return new Uint8Array(parquetWriteBuffer({ columnData, schema: [{ name: 'root', num_children: columns.length }, ...elements] }));
}
