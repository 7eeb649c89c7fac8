import { describe, expect, it } from 'vitest';
import { buildData } from '../../../src/engine/build-data.ts';
import { defineQuery } from '../../../src/engine/query.ts';
import { observationsById } from '../../../src/queries/observations-by-id.ts';

const someIds = async (n: number) =>
  (await buildData.run(defineQuery(`SELECT obs_id FROM figures ORDER BY hash(obs_id) LIMIT ${n}`, { obs_id: 'string' }))).map((r) => r.obs_id);

describe('observationsById', () => {
  it('finds each id asked for, once, and nothing else', async () => {
    const ids = await someIds(40);
    const found = await observationsById(buildData, [...ids, ids[0]!, 'no-such-observation']);
    expect([...found.keys()].sort()).toEqual([...ids].sort());
    for (const [id, record] of found) expect(record.obs_id).toBe(id);
  });

  it('gives the same record for an id asked alone as among many', async () => {
    const ids = await someIds(200);
    const many = await observationsById(buildData, ids);
    const alone = await observationsById(buildData, [ids[7]!]);
    expect(alone.get(ids[7]!)).toEqual(many.get(ids[7]!));
    expect(many.size).toBe(200);
  });

  it('finds nothing for no ids', async () => {
    expect((await observationsById(buildData, [])).size).toBe(0);
  });
});
