import { tableFromIPC, Type } from '@uwdata/flechette';
import { describe, expect, it } from 'vitest';
import { tableOf } from '../../../pipelines/lib/table-of.ts';
import { toArrowIPC } from '../../../pipelines/lib/arrow-write.ts';
import type { TableSchema } from '../../../pipelines/lib/table-schema.ts';

const schema: TableSchema = {
  fields: [
    { name: 'id', type: 'string', required: true, description_en: '', description_vi: '' },
    { name: 'kind', type: 'string', description_en: '', description_vi: '' },
    { name: 'rank', type: 'integer', description_en: '', description_vi: '' },
    { name: 'value', type: 'number', description_en: '', description_vi: '' },
    { name: 'better', type: 'boolean', description_en: '', description_vi: '' },
    { name: 'start', type: 'date', description_en: '', description_vi: '' },
  ],
};
const rows = [
  { id: 'a', kind: 'actual', rank: 1, value: 91.61, better: true, start: '2023-01-01' },
  { id: 'b', kind: 'actual', rank: null, value: null, better: false, start: '2024-02-29' },
  { id: 'c', kind: 'actual', rank: 3, value: 83.86, better: null, start: null },
  { id: 'd', kind: 'target', rank: 30, value: 0, better: true, start: '2016-12-31' },
];

describe('toArrowIPC', () => {
  const columns = tableOf(rows, schema.fields.map((f) => f.name));
  const table = tableFromIPC(toArrowIPC(columns, schema), { useDate: true });

  it('reads back with every value and every gap of the rows', () => {
    const read = table.toArray().map((r) => ({ ...r, start: r.start === null ? null : (r.start as Date).toISOString().slice(0, 10) }));
    expect(read).toEqual(rows);
  });

  it('types the columns as the Parquet file does: text, 32-bit integers, doubles, booleans, days', () => {
    const types = Object.fromEntries(table.schema.fields.map((f) => [f.name, f.type.typeId]));
    expect(types).toEqual({ id: Type.Utf8, kind: Type.Dictionary, rank: Type.Int, value: Type.Float, better: Type.Bool, start: Type.Date });
  });

  it('writes the same bytes for the same rows', () => {
    expect(toArrowIPC(columns, schema)).toEqual(toArrowIPC(tableOf(rows, schema.fields.map((f) => f.name)), schema));
  });
});
