import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Field, Row, TableSchema } from './table-schema.ts';

type SchemaElement = NonNullable<Parameters<typeof parquetWriteBuffer>[0]['schema']>[number];

function element(field: Field): SchemaElement {
  const repetition_type = field.required ? 'REQUIRED' : 'OPTIONAL';
  switch (field.type) {
    case 'string':
      return { name: field.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type };
    case 'integer':
      return { name: field.name, type: 'INT32', repetition_type };
    case 'number':
      return { name: field.name, type: 'DOUBLE', repetition_type };
    case 'boolean':
      return { name: field.name, type: 'BOOLEAN', repetition_type };
    case 'date':
      return { name: field.name, type: 'INT32', converted_type: 'DATE', repetition_type };
  }
}

const DAY_MS = 86_400_000;

/** Parquet with typed columns (dates as DATE) and no timestamps or host details, so output is reproducible. */
export function toParquet(rows: Row[], schema: TableSchema): Uint8Array {
  const columnData = schema.fields.map((field) => ({
    name: field.name,
    data: rows.map((row) => {
      const v = row[field.name] ?? null;
      if (v === null) return null;
      if (field.type === 'date') return Date.parse(`${v as string}T00:00:00Z`) / DAY_MS;
      return v;
    }),
  }));
  const buffer = parquetWriteBuffer({
    columnData,
    schema: [{ name: 'root', num_children: schema.fields.length }, ...schema.fields.map(element)],
    createdBy: 'hanoi-par-dashboard pipelines',
  });
  return new Uint8Array(buffer);
}
