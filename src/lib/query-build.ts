import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { BUNDLE_TABLES } from './bundle-tables.ts';
import { plainRow, type QueryRunner } from './rows.ts';

let connection: Promise<DuckDBConnection> | undefined;

/** At build time the chart queries run in DuckDB over the same Parquet files the browser loads. */
async function connect(): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  const c = await db.connect();
  for (const table of BUNDLE_TABLES) {
    const path = resolve('public/data', `${table}.parquet`).replace(/'/g, "''");
    await c.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${path}')`);
  }
  return c;
}

export const runBuildQuery: QueryRunner = async (sql, params) => {
  connection ??= connect();
  const c = await connection;
  const reader = await c.runAndReadAll(sql, params);
  return reader.getRowObjects().map(plainRow);
};
