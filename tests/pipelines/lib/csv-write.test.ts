import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { csvBlocks } from '../../../pipelines/lib/csv-write.ts';
import type { TableSchema } from '../../../pipelines/lib/table-schema.ts';

const schema: TableSchema = {
  fields: [
    { name: 'comparator', type: 'string', description_en: '', description_vi: '' },
    { name: 'value', type: 'number', description_en: '', description_vi: '' },
    { name: 'rank', type: 'integer', description_en: '', description_vi: '' },
    { name: 'note', type: 'string', description_en: '', description_vi: '' },
    { name: 'flag', type: 'boolean', description_en: '', description_vi: '' },
  ],
};
const csvOf = (columns: Record<string, unknown[]>) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.concat([...csvBlocks(aq.table(columns), schema)]));

describe('csvBlocks', () => {
  it('writes numbers as numbers, negative ones included, never quoted or prefixed like text', () => {
    expect(csvOf({ comparator: ['=', '>='], value: [-3.5, 91.61], rank: [-2, null], note: ['a, "b"', null], flag: [true, false] })).toBe(
      '\uFEFFcomparator,value,rank,note,flag\r\n=,-3.5,-2,"a, ""b""",true\r\n>=,91.61,,,false\r\n',
    );
  });

  it('cuts a large table into blocks that join into the same file', () => {
    const rows = 60_000;
    const note = Array.from({ length: rows }, (_, i) => `ghi chú số ${i}`);
    const blocks = [...csvBlocks(aq.table({ comparator: Array(rows).fill(null), value: Array(rows).fill(1), rank: Array(rows).fill(null), note, flag: Array(rows).fill(null) }), schema)];
    expect(blocks.length).toBeGreaterThan(1);
    const lines = new TextDecoder().decode(Buffer.concat(blocks)).split('\r\n');
    expect(lines).toHaveLength(rows + 2);
    expect(lines[rows]).toBe(',1,,ghi chú số 59999,');
  });
});
