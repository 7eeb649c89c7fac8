import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Cell } from '../../pipelines/domain/values.ts';
import { DOMAIN_TABLES } from '../../pipelines/domain/views.ts';
import { RecentMap } from '../lib/recent-map.ts';
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
  // Tables compressed as on disk: an in-memory database keeps its columns uncompressed by default,
  // and the computed views repeat each unit's, indicator's and source's names on every row
  // (140 MB with 10^5 observations; 12 MB compressed).
  await c.run(`ATTACH ':memory:' AS bundle (COMPRESS)`);
  await c.run('USE bundle');
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
    // Each figure's CSV looks up its observations by id: with an index, a few rows cost a lookup
    // each instead of a scan of the whole table.
    if (view.primaryKey.length > 0) await c.run(`CREATE INDEX "${view.name} key" ON ${view.name} (${view.primaryKey.map((k) => `"${k}"`).join(', ')})`);
  }
  return c;
}

/**
 * How many rows of answers are kept: the shared questions (units, indicators, rankings) are asked
 * by every page and stay; an instance's rows are asked by its few pages and files one after another.
 */
const KEPT_ANSWER_ROWS = 20_000;

/**
 * A query that gives each row of `sql` as one JSON text, in the same order. DuckDB writes the JSON
 * on its own thread and the page thread parses one text a row. Read as values, cell by cell, each
 * string cost the page thread a call into DuckDB's native code: about 9 s of a 65 s build at 10^5
 * observations; a 1,387-row answer took 12 ms of the page thread, and takes 4 this way. The query
 * ends on a line of its own, so that a closing comment in it does not swallow the bracket.
 */
const jsonRowsSql = (sql: string) => `SELECT CAST(to_json(answer) AS VARCHAR) AS row FROM (\n${sql.trim().replace(/;$/, '')}\n) AS answer`;

/** The rows of a query's answer given as JSON texts (see jsonRowsSql); an empty answer has no column to read. */
const rowsFromJson = (texts: readonly unknown[] | undefined): Record<string, Cell>[] => (texts ?? []).map((text) => JSON.parse(text as string) as Record<string, Cell>);

/**
 * A query runner over the bundle in a folder; the connection opens on the first query. The bundle
 * does not change while a site is built, so each query's recent answers are kept (see RecentMap):
 * the hundreds of generated pages ask the same questions many times.
 */
export function bundleQueryRunner(bundleDir: string): QueryRunner {
  let connection: Promise<DuckDBConnection> | undefined;
  const asked = new Map<string, Promise<unknown[]>>();
  const answers = new RecentMap<string, unknown[]>(KEPT_ANSWER_ROWS, (rows) => rows.length);
  return async <R>(query: Query<R>, params: QueryParam[] = []): Promise<R[]> => {
    connection ??= connect(bundleDir);
    const key = JSON.stringify([query.sql, params]);
    let rows = answers.get(key);
    if (rows === undefined) {
      // One query at a time per question: the pages rendered together ask the same ones.
      let answer = asked.get(key);
      if (!answer) {
        answer = connection
          .then(async (c) => {
            const result = await c.runAndReadAll(jsonRowsSql(query.sql), params);
            return typedRows(query, rowsFromJson(result.getColumns()[0]));
          })
          .finally(() => asked.delete(key));
        asked.set(key, answer);
      }
      rows = await answer;
      answers.set(key, rows);
    }
    // A copy, so that a caller who sorts or extends the list does not change it for the next one.
    return [...(rows as R[])];
  };
}
