import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { parquetMetadata, parquetRead } from 'hyparquet';
import { parseViews, setupStatements, type ViewDefinition } from './domain/views.ts';
import type { Cell } from './lib/table-schema.ts';

/** The view definitions, read from pipelines/domain/views/ (the site reads the same files). */
export function readViews(): ViewDefinition[] {
  const folder = join(import.meta.dirname, 'domain', 'views');
  return parseViews(Object.fromEntries(readdirSync(folder).filter((f) => f.endsWith('.sql')).sort().map((f) => [f, readFileSync(join(folder, f), 'utf8')])));
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;
const DAY_MS = 86_400_000;

export interface Engine {
  /** The result of a small query as an Arquero table: one array per column, no object per row. */
  query(sql: string): Promise<ColumnTable>;
  /**
   * Writes the result of a query to a Parquet file, to be read with readQueryResult once the engine
   * is closed: DuckDB's working memory and the result's JavaScript copy are then never held at once.
   */
  exportQuery(sql: string, path: string): Promise<void>;
  /** Column names and DuckDB types of a table or view. */
  describe(name: string): Promise<{ name: string; type: string }[]>;
  close(): void;
}

/** Reads a Parquet file written by DuckDB into columns: dates as YYYY-MM-DD, BIGINT as numbers, as the bundle holds them. */
export async function readQueryResult(path: string): Promise<ColumnTable> {
  const bytes = readFileSync(path);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = parquetMetadata(file);
  const rows = Number(metadata.num_rows);
  const names = metadata.schema.slice(1).map((s) => s.name);
  const columns: Record<string, Cell[]> = Object.fromEntries(names.map((n) => [n, new Array<Cell>(rows)]));
  await parquetRead({
    file,
    metadata,
    parsers: { dateFromDays: (days: number) => new Date(days * DAY_MS).toISOString().slice(0, 10) },
    onChunk({ columnName, columnData, rowStart }) {
      const column = columns[columnName]!;
      for (let i = 0; i < columnData.length; i++) {
        const value = columnData[i] as Cell | bigint | undefined;
        column[rowStart + i] = typeof value === 'bigint' ? Number(value) : (value ?? null);
      }
    },
  });
  return aq.table(columns, names);
}

/**
 * An in-memory DuckDB holding the base tables, the domain tables and every view: the one engine
 * that derives the shaped tables of the bundle. Values cross between JavaScript and DuckDB as
 * Parquet files in `scratch` (a private temporary folder the caller removes): the base tables go
 * in from the bundle's own Parquet, as the site loads them, and results come out the same way,
 * because moving them a value at a time across the native boundary (an appender in, row objects
 * out) took most of the build's time on a large table.
 */
export async function openEngine(tables: { name: string; parquet: Uint8Array }[], views: ViewDefinition[], scratch: string): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:', {
    threads: '1',
    // DuckDB's allocator keeps what a finished query freed; by default it held on to every
    // query's memory, adding 100 MB to the peak at 100,000 observations. Giving back each
    // freed block over 1 MB costs about 0.1 s.
    allocator_bulk_deallocation_flush_threshold: '1MB',
    // Anything DuckDB spills goes to the private scratch folder, never to a .tmp folder in the working directory.
    temp_directory: scratch,
  });
  let connection: DuckDBConnection | undefined;
  const close = () => {
    connection?.closeSync();
    instance.closeSync();
  };
  try {
    connection = await instance.connect();
    for (const { name, parquet } of tables) {
      const path = join(scratch, `${name}.parquet`);
      writeFileSync(path, parquet);
      await connection.run(`CREATE TABLE ${quote(name)} AS SELECT * FROM read_parquet(${sqlString(path)})`);
      rmSync(path);
    }
    for (const statement of setupStatements(views)) await connection.run(statement);
  } catch (error) {
    close();
    throw error;
  }
  const open = connection;
  const exportQuery = async (sql: string, path: string) => {
    // Small row groups: DuckDB's Parquet writer holds a whole row group in memory before writing it.
    await open.run(`COPY (${sql}) TO ${sqlString(path)} (FORMAT parquet, COMPRESSION uncompressed, ROW_GROUP_SIZE 8192)`);
  };
  let queries = 0;
  return {
    async query(sql) {
      const path = join(scratch, `query-${(queries += 1)}.parquet`);
      await exportQuery(sql, path);
      const result = await readQueryResult(path);
      rmSync(path);
      return result;
    },
    exportQuery,
    async describe(name) {
      const described = await open.runAndReadAll(`DESCRIBE ${quote(name)}`);
      return described.getRowObjects().map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
    },
    close,
  };
}
