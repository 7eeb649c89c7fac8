import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../../pipelines/domain/lang.ts';
import { BUNDLE_DIR, bundleQueryRunner } from '../../../../src/engine/build-engine.ts';
import { defineQuery } from '../../../../src/engine/query.ts';
import { exampleQueries } from '../../../../src/scripts/explorer/examples.ts';

// The explorer's examples run in DuckDB-WASM over the same views the build creates here.
const run = bundleQueryRunner(BUNDLE_DIR);

describe('the explorer’s example queries', () => {
  it.each(LANGS)('each answers in %s with rows, and names things only in that language', async (lang) => {
    const other = LANGS.find((l) => l !== lang)!;
    for (const { label, sql } of exampleQueries(lang)) {
      const rows = await run(defineQuery(sql, {}));
      expect(rows.length, label).toBeGreaterThan(0);
      const columns = Object.keys(rows[0] as object);
      expect(columns.filter((c) => c.endsWith(`_${other}`)), label).toEqual([]);
    }
  });
});
