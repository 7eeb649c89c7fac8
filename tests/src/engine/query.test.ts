import { describe, expect, it } from 'vitest';
import { defineQuery, typedRows } from '../../../src/engine/query.ts';

const query = defineQuery('SELECT unit_id, score FROM x', { unit_id: 'string', score: 'number?' });

describe('typedRows', () => {
  it('passes rows that match the declared columns, nulls only where allowed', () => {
    const rows = [{ unit_id: 'ba-dinh', score: 96.3 }, { unit_id: 'ba-vi', score: null }];
    expect(typedRows(query, rows)).toBe(rows);
  });

  it('names the query, the row and the column when a value has the wrong type', () => {
    expect(() => typedRows(query, [{ unit_id: 'ba-dinh', score: '96.3' }])).toThrowError(/SELECT unit_id, score FROM x.*row 1, column score: expected number\?, found "96.3"/);
    expect(() => typedRows(query, [{ unit_id: null, score: 1 }])).toThrowError(/column unit_id: expected string, found null/);
  });

  it('names a declared column the query does not return', () => {
    expect(() => typedRows(query, [{ unit_id: 'ba-dinh' }])).toThrowError(/expected a column score, found unit_id/);
  });
});
