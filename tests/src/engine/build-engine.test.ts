import { describe, expect, it } from 'vitest';
import { BUNDLE_DIR, bundleQueryRunner } from '../../../src/engine/build-engine.ts';
import { defineQuery } from '../../../src/engine/query.ts';

const run = bundleQueryRunner(BUNDLE_DIR);

describe('bundleQueryRunner', () => {
  it('gives each type the site reads as plain values, nulls as null, text as written', async () => {
    const query = defineQuery(
      `-- A first comment line, as the site's queries have.
SELECT 'Phú Xuyên "30/30"\\n\\\\' || chr(10) || 'tab\t' AS name, CAST(3 AS BIGINT) AS rank, 83.86 :: DOUBLE AS score,
  DATE '2024-07-01' AS as_of, NULL :: VARCHAR AS note, true AS published
-- A closing comment: the runner's own wrapping must not be swallowed by it.`,
      { name: 'string', rank: 'number', score: 'number', as_of: 'string', note: 'string?', published: 'boolean' },
    );
    expect(await run(query)).toEqual([{ name: 'Phú Xuyên "30/30"\\n\\\\\ntab\t', rank: 3, score: 83.86, as_of: '2024-07-01', note: null, published: true }]);
  });

  it('keeps the order the query asks for, and binds its parameters', async () => {
    const query = defineQuery('SELECT i FROM range(CAST($1 AS BIGINT)) AS t(i) ORDER BY i DESC', { i: 'number' });
    expect((await run(query, [5000])).map((r) => r.i)).toEqual(Array.from({ length: 5000 }, (_, k) => 4999 - k));
  });

  it('gives no rows for an empty answer', async () => {
    expect(await run(defineQuery('SELECT obs_id FROM figures WHERE false', { obs_id: 'string' }))).toEqual([]);
  });
});
