import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { plainRow } from '../../pipelines/domain/values.ts';
import { setupStatements } from '../../pipelines/domain/views.ts';
import { typedRows, type QueryRunner } from './query.ts';
import { VIEWS } from './views.ts';

/** The published bundle the site is built from. */
export const BUNDLE_DIR = 'public/data';

/**
 * DuckDB over a bundle's Parquet files, with the same views the pipeline exported them with and
 * the browser creates: exported views are created from their SQL, never read back from their export.
 */
async function connect(bundleDir: string): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  const c = await db.connect();
  const views = new Set(VIEWS.map((v) => v.name));
  for (const file of readdirSync(bundleDir).filter((f) => f.endsWith('.parquet'))) {
    const table = file.replace(/\.parquet$/, '');
    if (views.has(table)) continue;
    const path = resolve(bundleDir, file).replace(/'/g, "''");
    await c.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${path}')`);
  }
  for (const statement of setupStatements(VIEWS)) await c.run(statement);
  return c;
}

/** A query runner over the bundle in a folder; the connection opens on the first query. */
export function bundleQueryRunner(bundleDir: string): QueryRunner {
  let connection: Promise<DuckDBConnection> | undefined;
  return async (query, params = []) => {
    connection ??= connect(bundleDir);
    const reader = await (await connection).runAndReadAll(query.sql, params);
    return typedRows(query, reader.getRowObjects().map(plainRow));
  };
}
