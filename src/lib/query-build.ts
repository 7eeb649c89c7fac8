import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import figuresViewSql from '../queries/figures-view.sql?raw';
import { plainRow, type QueryRunner } from './rows.ts';

let connection: Promise<DuckDBConnection> | undefined;

/** At build time the chart queries run in DuckDB over the same Parquet files the browser loads. */
async function connect(): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  const c = await db.connect();
  // Every table of the bundle is a view; the browser loads only the ones its queries read (BUNDLE_TABLES).
  for (const file of readdirSync('public/data').filter((f) => f.endsWith('.parquet'))) {
    const table = file.replace(/\.parquet$/, '');
    const path = resolve('public/data', file).replace(/'/g, "''");
    await c.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${path}')`);
  }
  await c.run(figuresViewSql);
  return c;
}

export const runBuildQuery: QueryRunner = async (sql, params) => {
  connection ??= connect();
  const c = await connection;
  const reader = await c.runAndReadAll(sql, params);
  return reader.getRowObjects().map(plainRow);
};
