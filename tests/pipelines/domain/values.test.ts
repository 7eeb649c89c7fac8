import { describe, expect, it } from 'vitest';
import { plainRow } from '../../../pipelines/domain/values.ts';

// A DATE as DuckDB-WASM's Arrow rows give it to plainRow: an object whose text is the date.
const date = { toString: () => '2024-07-01' };

describe('plainRow', () => {
  it('makes BIGINT a number, DATE its text and a missing cell null, and keeps the columns in order', () => {
    const row = plainRow({ id: 'a', rank: 3n, as_of: date, note: undefined, flag: false });
    expect(row).toEqual({ id: 'a', rank: 3, as_of: '2024-07-01', note: null, flag: false });
    expect(Object.keys(row)).toEqual(['id', 'rank', 'as_of', 'note', 'flag']);
  });
});
