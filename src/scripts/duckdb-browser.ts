import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { Bool, DateDay, Float64, Int32, Table, Utf8, vectorFromArray, type DataType } from 'apache-arrow';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { BUNDLE_TABLES } from '../lib/bundle-tables.ts';
import { plainRow, type QueryRunner } from '../lib/rows.ts';
import figuresViewSql from '../queries/figures-view.sql?raw';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** Arrow type of a Parquet column, so DuckDB sees the same types in the browser as at build time. */
function arrowType(element: { type?: string; converted_type?: string }): DataType {
  if (element.converted_type === 'DATE') return new DateDay();
  switch (element.type) {
    case 'INT32':
      return new Int32();
    case 'DOUBLE':
      return new Float64();
    case 'BOOLEAN':
      return new Bool();
    default:
      return new Utf8();
  }
}

/** Fetches one bundle table from this site's /data/ and decodes it with hyparquet (no DuckDB extension). */
async function loadTable(name: string): Promise<Table> {
  const response = await fetch(`${import.meta.env.BASE_URL}data/${name}.parquet`);
  if (!response.ok) throw new Error(`${name}.parquet: HTTP ${response.status}`);
  const file = await response.arrayBuffer();
  const metadata = parquetMetadata(file);
  const rows = (await parquetReadObjects({ file, metadata })) as Record<string, unknown>[];
  const columns = parquetSchema(metadata).children.map((c) => c.element);
  return new Table(Object.fromEntries(columns.map((c) => [c.name, vectorFromArray(rows.map((r) => r[c.name] ?? null), arrowType(c))])));
}

/** Bytes of the engine received so far, for the progress message. */
export type LoadProgress = (receivedBytes: number) => void;

/**
 * Downloads the wasm in this thread and hands the worker a local copy: the reader sees progress, and
 * a failed download rejects here instead of leaving the worker waiting forever.
 */
async function downloadModule(url: string, onProgress: LoadProgress): Promise<string> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress(received);
  }
  return URL.createObjectURL(new Blob(chunks as BlobPart[], { type: 'application/wasm' }));
}

let connection: Promise<duckdb.AsyncDuckDBConnection> | undefined;

async function connect(onProgress: LoadProgress): Promise<duckdb.AsyncDuckDBConnection> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const tables = Promise.all(BUNDLE_TABLES.map(async (name) => [name, await loadTable(name)] as const));
  // The worker script loads while the wasm downloads.
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  const module = await downloadModule(bundle.mainModule, onProgress).catch((error: unknown) => {
    worker.terminate();
    throw error;
  });
  try {
    await db.instantiate(module, bundle.pthreadWorker);
  } finally {
    URL.revokeObjectURL(module);
  }
  const c = await db.connect();
  // Everything the queries need is loaded from this site; DuckDB must never fetch an extension.
  await c.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;');
  for (const [name, table] of await tables) await c.insertArrowTable(table, { name, create: true });
  await c.query(figuresViewSql);
  return c;
}

/** Runs one of the chart queries (the same SQL files the build runs) in DuckDB-WASM. */
const statements = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();

/** Starts the engine once (later calls share it); a failed start can be tried again. */
export function loadEngine(onProgress: LoadProgress = () => {}): Promise<duckdb.AsyncDuckDBConnection> {
  connection ??= connect(onProgress).catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
  return connection;
}

export const runBrowserQuery: QueryRunner = async (sql, params) => {
  const c = await loadEngine();
  // Each chart query is prepared once and reused: a second year change costs only its execution.
  if (!statements.has(sql)) statements.set(sql, c.prepare(sql));
  const result = await (await statements.get(sql)!).query(...params);
  return result.toArray().map((row) => plainRow(row.toJSON() as Record<string, unknown>));
};
