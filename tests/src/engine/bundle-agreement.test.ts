import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableFile } from '../../../pipelines/domain/bundle-files.ts';
import { BUNDLE_DIR, bundleQueryRunner } from '../../../src/engine/build-engine.ts';
import { defineQuery } from '../../../src/engine/query.ts';
import { VIEWS } from '../../../src/engine/views.ts';

// The site creates every shaped table from its SQL over the base tables; the bundle exports the
// same SQL run by the pipeline. Rows the one has and the other lacks, either way, must be none.
const run = bundleQueryRunner(BUNDLE_DIR);
const count = (sql: string) => run(defineQuery(sql, { n: 'number' })).then((rows) => rows[0]!.n);

describe('the shaped tables the site reads and the ones the bundle exports', () => {
  it.each(VIEWS.filter((v) => v.bundle).map((v) => v.name))('%s is the same table in both', async (name) => {
    const exported = `read_parquet('${resolve(BUNDLE_DIR, tableFile(name, 'parquet')).replace(/'/g, "''")}')`;
    const rows = await count(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${name}`);
    expect(rows).toBeGreaterThan(0);
    expect(await count(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${exported}`)).toBe(rows);
    expect(await count(`SELECT CAST(count(*) AS INTEGER) AS n FROM (SELECT * FROM ${name} EXCEPT ALL SELECT * FROM ${exported})`)).toBe(0);
    expect(await count(`SELECT CAST(count(*) AS INTEGER) AS n FROM (SELECT * FROM ${exported} EXCEPT ALL SELECT * FROM ${name})`)).toBe(0);
  });
});
