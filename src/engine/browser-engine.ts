import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { Bool, DateDay, Float64, Int32, Table, Utf8, vectorFromArray, type DataType } from 'apache-arrow';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { BASE_TABLES, tableFile } from '../../pipelines/domain/bundle-files.ts';
import { plainRow } from '../../pipelines/domain/values.ts';
import { DOMAIN_TABLES, readsOf } from '../../pipelines/domain/views.ts';
import { typedRows, type QueryRunner } from './query.ts';
import { VIEWS } from './views.ts';

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
  const response = await fetch(`${import.meta.env.BASE_URL}data/${tableFile(name, 'parquet')}`);
  if (!response.ok) throw new Error(`${tableFile(name, 'parquet')}: HTTP ${response.status}`);
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
  for (const statement of DOMAIN_TABLES) await c.query(statement);
  return c;
}

/** Starts the engine once (later calls share it); a failed start can be tried again. */
export function loadEngine(onProgress: LoadProgress = () => {}): Promise<duckdb.AsyncDuckDBConnection> {
  connection ??= connect(onProgress).catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
  return connection;
}

const loadedTables = new Map<string, Promise<void>>();
const createdViews = new Map<string, Promise<void>>();

/** Loads the base tables a query reads and creates its views, each once: no table is fetched before a query needs it. */
async function prepareFor(c: duckdb.AsyncDuckDBConnection, sql: string): Promise<void> {
  const reads = readsOf(sql, VIEWS, BASE_TABLES);
  await Promise.all(reads.tables.map((name) => {
    if (!loadedTables.has(name)) loadedTables.set(name, loadTable(name).then(async (table) => void (await c.insertArrowTable(table, { name, create: true }))));
    return loadedTables.get(name)!;
  }));
  for (const view of reads.views) {
    if (!createdViews.has(view.name)) createdViews.set(view.name, c.query(view.sql).then(() => undefined));
    await createdViews.get(view.name);
  }
}

const statements = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();

/** Runs a query (the same SQL files the build runs) in DuckDB-WASM. */
export const runBrowserQuery: QueryRunner = async (query, params = []) => {
  const c = await loadEngine();
  await prepareFor(c, query.sql);
  // Each query is prepared once and reused: a second year change costs only its execution.
  if (!statements.has(query.sql)) statements.set(query.sql, c.prepare(query.sql));
  const result = await (await statements.get(query.sql)!).query(...params);
  return typedRows(query, result.toArray().map((row) => plainRow(row.toJSON() as Record<string, unknown>)));
};
