import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { BASE_TABLES } from '../../pipelines/domain/bundle-files.ts';
import { plainRow } from '../../pipelines/domain/values.ts';
import { DOMAIN_TABLES, readsOf } from '../../pipelines/domain/views.ts';
import type { EngineFiles } from './engine-files.ts';
import type { EngineReply, EngineRequest, ResultPage, SqlResult } from './engine-protocol.ts';
import { EngineLoadError } from './load-error.ts';
import { fetchFile } from './verified-fetch.ts';
import { typedRows, type QueryParam, type QueryRunner } from './query.ts';
import { VIEWS } from './views.ts';

/** A reader's query that DuckDB refused or the reader cancelled: DuckDB's own words. */
export class QueryError extends Error {
  constructor(
    message: string,
    readonly cancelled = false,
  ) {
    super(message);
  }
}

export interface LoadProgress {
  /** 'download' while the wasm arrives, 'start' once it has. */
  phase: 'download' | 'start';
  loaded: number;
  total: number;
}

export interface EngineOptions {
  /** A download that brings no byte for this long is stopped. */
  stallMs: number;
  /** Once the wasm has arrived, DuckDB must be up within this. */
  startMs: number;
}

/** How long a cancelled query may take to stop by itself before its worker is ended. */
const CANCEL_GRACE_MS = 1500;

/**
 * DuckDB-WASM for the page, in a worker (src/engine/engine.worker.ts). Loading checks everything it
 * takes in: the tables of the first query arrive and pass their hash before any wasm is asked for,
 * a stalled download or a slow start ends in a clear failure, and a failed load leaves no worker
 * behind and is not kept; what did arrive (verified tables, the compiled module) is kept for the
 * next try. Tables load when a query first reads them.
 */
export class BrowserEngine {
  private worker: Worker | undefined;
  private started: Promise<void> | undefined;
  private failStart: ((error: EngineLoadError) => void) | undefined;
  private module: WebAssembly.Module | undefined;
  private readonly arrived = new Map<string, Promise<ArrayBuffer>>();
  private readonly tables = new Map<string, Promise<void>>();
  private readonly views = new Map<string, Promise<void>>();
  private readonly replies = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 1;

  constructor(
    readonly files: EngineFiles,
    private readonly options: EngineOptions = { stallMs: 10_000, startMs: 30_000 },
  ) {}

  /** Starts the engine once (later calls share it) with the tables of a first query in hand; a failed start can be tried again. */
  start(firstTables: readonly string[] = [], onProgress: (progress: LoadProgress) => void = () => {}): Promise<void> {
    this.started ??= this.load(firstTables, onProgress).catch((error: unknown) => {
      this.stop();
      throw error;
    });
    return this.started;
  }

  /** Stops a load in progress (the reader's cancel) or the running engine. */
  cancel(): void {
    this.failStart?.(new EngineLoadError('cancelled', 'stopped by the reader'));
    this.stop();
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.started = undefined;
    this.failStart = undefined;
    this.tables.clear();
    this.views.clear();
    for (const { reject } of this.replies.values()) reject(new EngineLoadError('worker', 'the engine stopped'));
    this.replies.clear();
  }

  /** A table's verified bytes, fetched once; a failed fetch is forgotten so the next try fetches it again. */
  private arrive(table: string): Promise<ArrayBuffer> {
    let bytes = this.arrived.get(table);
    if (!bytes) {
      const file = this.files.tables[table];
      if (!file) throw new EngineLoadError('dataMissing', `${table}: not in datapackage.json`);
      const started = performance.now();
      // The page fetches (the network works off its thread) and the worker hashes; the verified bytes come
      // back here without a copy, so a retry after a failed start has them.
      // Each step is a User Timing measure: visible in the browser's performance panel and read by `npm run bench`.
      bytes = fetchFile(file)
        .then((b) => this.request<ArrayBuffer>({ type: 'verify', file, bytes: b }, [b]))
        .then((b) => (performance.measure(`engine fetch ${table}`, { start: started }), b));
      bytes.catch(() => this.arrived.delete(table));
      this.arrived.set(table, bytes);
    }
    return bytes;
  }

  private async load(firstTables: readonly string[], onProgress: (progress: LoadProgress) => void): Promise<void> {
    const started = performance.now();
    // The worker script loads while the data arrives; the wasm is asked for only once the data is here and sound.
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'duckdb' });
    this.worker = worker;
    worker.addEventListener('message', (event: MessageEvent<EngineReply>) => this.receive(event.data));
    // A worker that dies once running (out of memory…) fails what waits on it; the next query starts another.
    worker.addEventListener('error', () => {
      if (this.worker === worker && !this.failStart) this.stop();
    });
    await Promise.all(firstTables.map((t) => this.arrive(t)));
    if (this.worker !== worker) throw new EngineLoadError('cancelled', 'stopped by the reader');

    const wasm = { eh: { url: ehWasm, bytes: this.files.wasmBytes.eh }, mvp: { url: mvpWasm, bytes: this.files.wasmBytes.mvp } };
    await new Promise<void>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const fail = (error: EngineLoadError) => {
        clearTimeout(timer);
        this.failStart = undefined;
        reject(error);
      };
      const deadline = (ms: number, reason: 'stalled' | 'timeout') => {
        clearTimeout(timer);
        timer = setTimeout(() => fail(new EngineLoadError(reason, `nothing for ${ms} ms`)), ms);
      };
      this.failStart = fail;
      worker.addEventListener('error', (event) => fail(new EngineLoadError('worker', event.message || 'the engine worker failed')));
      this.onStart = (reply) => {
        if (reply.type === 'progress') {
          onProgress({ phase: reply.loaded < reply.total ? 'download' : 'start', loaded: reply.loaded, total: reply.total });
          if (reply.loaded < reply.total) deadline(this.options.stallMs, 'stalled');
          else deadline(this.options.startMs, 'timeout');
        } else if (reply.type === 'compiled') {
          this.module = reply.module;
          deadline(this.options.startMs, 'timeout');
        } else if (reply.type === 'ready') {
          clearTimeout(timer);
          this.failStart = undefined;
          resolve();
        } else {
          fail(new EngineLoadError(reply.reason, reply.detail));
        }
      };
      if (this.module) deadline(this.options.startMs, 'timeout');
      else {
        // The total is shown before the worker has even loaded; the worker's own reports name the build it chose.
        onProgress({ phase: 'download', loaded: 0, total: wasm.eh.bytes });
        deadline(this.options.stallMs, 'stalled');
      }
      this.post({ type: 'start', wasm, module: this.module });
    });
    for (const statement of DOMAIN_TABLES) await this.request({ type: 'exec', sql: statement });
    await Promise.all(firstTables.map((t) => this.loadTable(t)));
    performance.measure('engine start', { start: started });
  }

  private onStart: ((reply: Exclude<EngineReply, { type: 'reply' }>) => void) | undefined;

  private receive(reply: EngineReply): void {
    if (reply.type !== 'reply') return this.onStart?.(reply);
    const waiting = this.replies.get(reply.id);
    this.replies.delete(reply.id);
    if (!waiting) return;
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(reply.failure ? new EngineLoadError(reply.failure, reply.message) : new QueryError(reply.message, reply.cancelled));
  }

  private post(request: EngineRequest, transfer: Transferable[] = []): void {
    this.worker!.postMessage(request, transfer);
  }

  private request<T>(request: DistributiveOmit<Exclude<EngineRequest, { type: 'start' } | { type: 'cancel' }>, 'id'>, transfer: Transferable[] = []): Promise<T> {
    if (!this.worker) return Promise.reject(new EngineLoadError('worker', 'the engine is not running'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.replies.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.post({ ...request, id } as EngineRequest, transfer);
    });
  }

  /** Hands a table to the engine, once; its bytes move to the worker without a copy. */
  private loadTable(table: string): Promise<void> {
    let loaded = this.tables.get(table);
    if (!loaded) {
      loaded = this.arrive(table).then(async (bytes) => {
        this.arrived.delete(table);
        const started = performance.now();
        await this.request({ type: 'insert', table, bytes }, [bytes]);
        performance.measure(`engine insert ${table}`, { start: started });
      });
      loaded.catch(() => this.tables.delete(table));
      this.tables.set(table, loaded);
    }
    return loaded;
  }

  /** Loads the base tables a query reads and creates its views, each once. */
  async prepareFor(sql: string): Promise<void> {
    const reads = readsOf(sql, VIEWS, BASE_TABLES);
    await this.start(reads.tables);
    await Promise.all(reads.tables.map((t) => this.loadTable(t)));
    for (const view of reads.views) {
      if (!this.views.has(view.name)) {
        const created = this.request<void>({ type: 'exec', sql: view.sql });
        created.catch(() => this.views.delete(view.name));
        this.views.set(view.name, created);
      }
      await this.views.get(view.name);
    }
  }

  /** Runs a query of the site (the same SQL files the build runs) and checks its rows against its declared columns. */
  run: QueryRunner = async (query, params: QueryParam[] = []) => {
    await this.prepareFor(query.sql);
    const page = await this.request<ResultPage>({ type: 'run', sql: query.sql, params });
    return typedRows(query, page.rows.map((row) => plainRow(Object.fromEntries(page.columns.map((c, i) => [c, row[i]])))));
  };

  /** A reader's SQL: the first page of its result, its row count and time; the rest stays in the worker. */
  async sql(text: string, pageSize: number): Promise<SqlResult> {
    // A reader's SQL may name a table outside FROM or JOIN (DESCRIBE units, SUMMARIZE figures): load every one it names.
    const words = new Set(text.toLowerCase().match(/[a-z_][a-z0-9_]*/g));
    const named = [...BASE_TABLES, ...VIEWS.map((v) => v.name)].filter((name) => words.has(name));
    await this.prepareFor(named.map((name) => `FROM ${name}`).join('\n'));
    return this.request<SqlResult>({ type: 'sql', sql: text, pageSize });
  }

  /**
   * Stops the reader's running query: DuckDB ends it at its next step. A step can be long (a join
   * that yields few rows), so a query still running after a grace period ends with its worker; the
   * next query starts a new one from the compiled module the page keeps.
   */
  cancelQuery(): void {
    if (!this.worker) return;
    this.post({ type: 'cancel' });
    const worker = this.worker;
    setTimeout(() => {
      if (this.worker !== worker || this.replies.size === 0) return;
      const waiting = [...this.replies.values()];
      this.replies.clear();
      this.stop();
      for (const { reject } of waiting) reject(new QueryError('cancelled', true));
    }, CANCEL_GRACE_MS);
  }

  page(offset: number, limit: number): Promise<ResultPage> {
    return this.request<ResultPage>({ type: 'page', offset, limit });
  }

  /** The last result as a file. */
  download(format: 'csv' | 'parquet'): Promise<Uint8Array> {
    return this.request<Uint8Array>({ type: 'export', format });
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
