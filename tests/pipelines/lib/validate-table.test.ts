import { describe, expect, it } from 'vitest';
import type { TableSchema } from '../../../pipelines/lib/table-schema.ts';
import { validateTable } from '../../../pipelines/lib/validate-table.ts';

const schema: TableSchema = {
  primaryKey: ['id'],
  fields: [
    { name: 'id', type: 'string', required: true, description_en: '', description_vi: '' },
    { name: 'value', type: 'number', description_en: '', description_vi: '' },
    { name: 'rank', type: 'integer', description_en: '', description_vi: '' },
    { name: 'kind', type: 'string', enum: ['actual', 'target'], description_en: '', description_vi: '' },
    { name: 'day', type: 'date', description_en: '', description_vi: '' },
  ],
};
const header = 'id,value,rank,kind,day\n';
const check = (body: string) => validateTable('t.csv', header + body, schema);

describe('validateTable', () => {
  it('accepts good rows and types their values', () => {
    const result = check('a,91.61,3,actual,2024-02-29\nb,,,,\n');
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => r.values)).toEqual([
      { id: 'a', value: 91.61, rank: 3, kind: 'actual', day: '2024-02-29' },
      { id: 'b', value: null, rank: null, kind: null, day: null },
    ]);
  });

  it('refuses a Vietnamese-style decimal comma and says the raw files use a dot', () => {
    const { issues } = check('a,"91,61",,,\n');
    expect(issues).toEqual([{ file: 't.csv', line: 2, column: 3, message: expect.stringMatching(/column 'value'.*dot.*91\.61/) }]);
  });

  it('refuses text where a number is expected', () => {
    expect(check('a,n/a,,,\n').issues[0]).toMatchObject({ line: 2, column: 3, message: expect.stringContaining("expected a number, found 'n/a'") });
  });

  it('refuses a ragged row', () => {
    expect(check('a,1,2\n').issues[0]).toMatchObject({ line: 2, message: expect.stringContaining('expected 5 fields as in the header, found 3') });
  });

  it('refuses a missing column and an unknown column', () => {
    const missing = validateTable('t.csv', 'id,value,rank,kind\na,1,2,actual\n', schema);
    expect(missing.issues[0]!.message).toContain("missing column(s) 'day'");
    const unknown = validateTable('t.csv', 'id,value,rank,kind,day,extra\n', schema);
    expect(unknown.issues[0]).toMatchObject({ line: 1, column: 24, message: expect.stringContaining("unknown column 'extra'") });
  });

  it('refuses text that is not NFC', () => {
    const decomposed = 'Ba \u0110i\u0300nh';
    const { issues } = check(`${decomposed},,,,\n`);
    expect(issues[0]).toMatchObject({ line: 2, column: 1, message: expect.stringContaining('not in Unicode NFC') });
  });

  it('refuses a duplicate key, naming the earlier line', () => {
    expect(check('a,,,,\nb,,,,\na,,,,\n').issues[0]).toMatchObject({ line: 4, message: expect.stringContaining('already on line 2') });
  });

  it('refuses values outside an enum, impossible dates and missing required values', () => {
    const { issues } = check('a,,,planned,2023-02-30\n,,,,\n');
    expect(issues.map((i) => [i.line, i.column])).toEqual([[2, 5], [2, 13], [3, 1]]);
  });

  it('refuses an empty file and a file with a header only', () => {
    expect(validateTable('t.csv', '', schema).issues[0]!.message).toContain('the file is empty');
    expect(validateTable('t.csv', header, schema).issues[0]!.message).toContain('no rows');
  });

  it('reports every problem in the file, not just the first', () => {
    expect(check('a,x,,,\nb,1,y,,\nc,,,z,\n').issues).toHaveLength(3);
  });

  it('keeps a number as written when the outputs print it back the same, zeros aside', () => {
    expect(check('a,07.50,,,\nb,-0.0,,,\nc,0.30000000000000004,,,\n').rows.map((r) => r.values.value)).toEqual([7.5, 0, 0.30000000000000004]);
  });

  it('refuses a number the outputs would print differently', () => {
    expect(check('a,9007199254740993,,,\n').issues[0]).toMatchObject({ line: 2, column: 3, message: expect.stringContaining('would be published as 9007199254740992') });
    expect(check('a,0.0000001,,,\n').issues[0]!.message).toContain('would be published as 1e-7');
  });

  it('holds whole numbers to the 32-bit range of the outputs', () => {
    expect(check('a,,2147483647,,\nb,,-2147483648,,\n').issues).toEqual([]);
    expect(check('a,,2147483648,,\n').issues[0]).toMatchObject({ line: 2, column: 4, message: expect.stringContaining('from -2147483648 to 2147483647') });
  });

  it('refuses a date outside the years the data can cover', () => {
    expect(check('a,,,,1989-12-31\nb,,,,2101-01-01\nc,,,,1990-01-01\n').issues.map((i) => [i.line, i.message])).toEqual([
      [2, expect.stringContaining('a date from 1990 to 2100')],
      [3, expect.stringContaining('a date from 1990 to 2100')],
    ]);
  });

  it('refuses control and invisible characters in any text field, and the start of a formula in free text only', () => {
    expect(check('a\u00AD,,,,\n').issues[0]!.message).toContain('U+00AD');
    expect(check('"a\nb",,,,\n').issues[0]!.message).toContain('U+000A (a line break)');
    expect(check('=1+1,,,,\n').issues[0]!.message).toContain("does not start with '='");
    // A negative number is a number, not text.
    expect(check('a,-3.5,-2,,\n').issues).toEqual([]);
  });

  it('refuses a cell longer than the limit, before looking at its characters', () => {
    expect(check(`${'x'.repeat(2001)},,,,\n`).issues[0]).toMatchObject({ line: 2, column: 1, message: expect.stringContaining('at most 2000 characters in a cell, found 2001') });
  });
});
