import { describe, expect, it } from 'vitest';
import { plainRow, rowsFromColumns } from '../../../pipelines/domain/values.ts';

// A DATE as DuckDB's Node API gives it: an object whose text is the date.
const date = { toString: () => '2024-07-01' };

describe('rowsFromColumns', () => {
  it('makes one plain row per index, its cells in column order, as plainRow makes each row', () => {
    const rows = rowsFromColumns(['id', 'rank', 'as_of', 'note'], [['a', 'b'], [3n, null], [date, undefined], ['x', 'y']]);
    expect(rows).toEqual([
      { id: 'a', rank: 3, as_of: '2024-07-01', note: 'x' },
      { id: 'b', rank: null, as_of: null, note: 'y' },
    ]);
    expect(rows.map((r) => Object.keys(r))).toEqual([['id', 'rank', 'as_of', 'note'], ['id', 'rank', 'as_of', 'note']]);
    expect(rows[0]).toEqual(plainRow({ id: 'a', rank: 3n, as_of: date, note: 'x' }));
  });

  it('makes no row of an empty result', () => {
    expect(rowsFromColumns(['id'], [[]])).toEqual([]);
  });
});
