import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../pipelines/lib/csv-read.ts';

describe('parseCsv', () => {
  it('keeps the line and column of every field, through quotes and CRLF', () => {
    const { records, issues } = parseCsv('a,b\r\n"x, y",2\r\n"say ""hi""",3\n', 'f.csv');
    expect(issues).toEqual([]);
    expect(records.map((r) => r.cells.map((c) => c.text))).toEqual([['a', 'b'], ['x, y', '2'], ['say "hi"', '3']]);
    expect(records[1]!.cells[1]).toEqual({ text: '2', line: 2, column: 8 });
    expect(records[2]!.line).toBe(3);
  });

  it('counts lines inside a quoted field that spans lines', () => {
    const { records } = parseCsv('a,b\n"two\nlines",x\nz,w\n', 'f.csv');
    expect(records[1]!.cells[0]!.text).toBe('two\nlines');
    expect(records[2]!.line).toBe(4);
  });

  it('ignores a byte order mark', () => {
    expect(parseCsv('\uFEFFa,b\n1,2\n', 'f.csv').records[0]!.cells[0]!.text).toBe('a');
  });

  it('reports a quote that is never closed, with its position', () => {
    const { issues } = parseCsv('a,b\n1,"open\n', 'f.csv');
    expect(issues).toEqual([{ file: 'f.csv', line: 2, column: 3, message: expect.stringContaining('never closed') }]);
  });

  it('reports a stray quote inside an unquoted field', () => {
    const { issues } = parseCsv('a\nab"c\n', 'f.csv');
    expect(issues[0]).toMatchObject({ line: 2, column: 3 });
  });

  it('reports a carriage return that is not followed by a line feed, and counts it as a line break', () => {
    const { records, issues } = parseCsv('a,b\r1,2\n', 'f.csv');
    expect(issues).toEqual([{ file: 'f.csv', line: 1, column: 4, message: expect.stringContaining('carriage return') }]);
    expect(records[1]).toEqual({ line: 2, cells: [{ text: '1', line: 2, column: 1 }, { text: '2', line: 2, column: 3 }] });
  });
});
