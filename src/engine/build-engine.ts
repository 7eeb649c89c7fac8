import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { plainRow } from '../../pipelines/domain/values.ts';
import { setupStatements } from '../../pipelines/domain/views.ts';
import { typedRows, type QueryRunner } from './query.ts';
import { VIEWS } from './views.ts';

/** The published bundle the site is built from. */
export const BUNDLE_DIR = 'public/data';

let connection: Promise<DuckDBConnection> | undefined;

/**
 * At build time queries run in DuckDB over the bundle's Parquet files, with the same views the
 * pipeline exported them with and the browser creates.
 */
async function connect(): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  const c = await db.connect();
  const exported = new Set(VIEWS.map((v) => v.name));
  for (const file of readdirSync(BUNDLE_DIR).filter((f) => f.endsWith('.parquet'))) {
    const table = file.replace(/\.parquet$/, '');
    // Exported views are created from their SQL, as in the browser, not read back from their export.
    if (exported.has(table)) continue;
    const path = resolve(BUNDLE_DIR, file).replace(/'/g, "''");
    await c.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${path}')`);
  }
  for (const statement of setupStatements(VIEWS)) await c.run(statement);
  return c;
}

export const runBuildQuery: QueryRunner = async (query, params = []) => {
  connection ??= connect();
  const reader = await (await connection).runAndReadAll(query.sql, params);
  return typedRows(query, reader.getRowObjects().map(plainRow));
};
