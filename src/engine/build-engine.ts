import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { plainRow } from '../../pipelines/domain/values.ts';
import { DOMAIN_TABLES } from '../../pipelines/domain/views.ts';
import { typedRows, type Query, type QueryParam, type QueryRunner } from './query.ts';
import { VIEWS } from './views.ts';

/**
 * The published bundle the site is built from; BUNDLE_DIR builds the site from another one (a test
 * builds it from a temporary copy of data/ with an added dataset).
 */
export const BUNDLE_DIR = process.env.BUNDLE_DIR ?? 'public/data';

/**
 * DuckDB over a bundle's Parquet files, with the same views the pipeline exported them with and
 * the browser creates: exported views are computed from their SQL, never read back from their export.
 * Each base table is read once and each view computed once, into a table of its own name: the
 * site's hundreds of pages query them thousands of times, and reading the Parquet and recomputing
 * the views for each query was most of the build's time at scale. A view is bound by name when it
 * runs, so a view that reads another reads that one's table.
 */
async function connect(bundleDir: string): Promise<DuckDBConnection> {
  // DuckDB's allocator keeps what a finished query freed (see pipelines/engine.ts): thousands of
  // pages' queries at scale would add it up.
  const db = await DuckDBInstance.create(':memory:', { threads: '1', allocator_bulk_deallocation_flush_threshold: '1MB' });
  const c = await db.connect();
  const views = new Set(VIEWS.map((v) => v.name));
  for (const file of readdirSync(bundleDir).filter((f) => f.endsWith('.parquet'))) {
    const table = file.replace(/\.parquet$/, '');
    if (views.has(table)) continue;
    const path = resolve(bundleDir, file).replace(/'/g, "''");
    await c.run(`CREATE TABLE ${table} AS SELECT * FROM read_parquet('${path}')`);
  }
  for (const statement of DOMAIN_TABLES) await c.run(statement);
  for (const view of VIEWS) {
    await c.run(view.sql);
    await c.run(`CREATE TABLE "${view.name} computed" AS FROM ${view.name}`);
    await c.run(`DROP VIEW ${view.name}`);
    await c.run(`ALTER TABLE "${view.name} computed" RENAME TO ${view.name}`);
  }
  return c;
}

/** The longest answer kept for the rest of a build (every answer of today's data is shorter). */
const KEPT_ANSWER_ROWS = 1000;
/** How many longer answers are kept, the latest ones. */
const RECENT_LONG_ANSWERS = 4;

/**
 * A query runner over the bundle in a folder; the connection opens on the first query. The bundle
 * does not change while a site is built, so each query's rows are computed once per parameters:
 * the hundreds of generated pages ask the same questions many times.
 */
export function bundleQueryRunner(bundleDir: string): QueryRunner {
  let connection: Promise<DuckDBConnection> | undefined;
  const answers = new Map<string, Promise<unknown[]>>();
  const recentLong: string[] = [];
  return async <R>(query: Query<R>, params: QueryParam[] = []): Promise<R[]> => {
    connection ??= connect(bundleDir);
    const key = JSON.stringify([query.sql, params]);
    const answer = answers.get(key) ?? connection.then(async (c) => typedRows(query, (await c.runAndReadAll(query.sql, params)).getRowObjects().map(plainRow)));
    answers.set(key, answer);
    const rows = (await answer) as R[];
    // A long answer (an indicator's thousand figures at scale) is asked for by the pages built one
    // after another (an indicator's period pages): only the last few are kept, where keeping every
    // one for the whole build would hold gigabytes.
    if (rows.length > KEPT_ANSWER_ROWS && !recentLong.includes(key)) {
      recentLong.push(key);
      if (recentLong.length > RECENT_LONG_ANSWERS) answers.delete(recentLong.shift()!);
    }
    // A copy, so that a caller who sorts or extends the list does not change it for the next one.
    return [...rows];
  };
}
