import type { ColumnTable } from 'arquero';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { columnValues } from './table-of.ts';
import type { Cell, Field, TableSchema } from './table-schema.ts';

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

/** Days since 1970-01-01 of each date, as Parquet DATE holds them; a column repeats few dates, each parsed once. */
function dayNumbers(dates: Cell[]): (number | null)[] {
  const days = new Map<string, number>();
  return dates.map((date) => {
    if (date === null) return null;
    let day = days.get(date as string);
    if (day === undefined) days.set(date as string, (day = Date.parse(`${date as string}T00:00:00Z`) / DAY_MS));
    return day;
  });
}

/** Parquet with typed columns (dates as DATE) and no timestamps or host details, so output is reproducible. */
export function toParquet(table: ColumnTable, schema: TableSchema): Uint8Array {
  const columnData = schema.fields.map((field) => {
    const values = columnValues(table, field.name);
    return { name: field.name, data: field.type === 'date' ? dayNumbers(values) : values };
  });
  const buffer = parquetWriteBuffer({
    columnData,
    schema: [{ name: 'root', num_children: schema.fields.length }, ...schema.fields.map(element)],
    createdBy: 'hanoi-par-dashboard pipelines',
  });
  return new Uint8Array(buffer);
}
