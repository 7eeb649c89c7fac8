/**
 * DuckDB-WASM in its own worker, driven through the synchronous bindings so this one thread does
 * everything: it downloads the wasm itself and compiles it while the bytes arrive (streaming
 * compile), checks the response before compiling (status, type, size), takes tables as Arrow IPC
 * bytes the page has already verified, runs queries and decodes their results. The page's thread
 * only posts messages; nothing heavy runs there.
 */
import { BROWSER_RUNTIME, createDuckDB, getPlatformFeatures, VoidLogger, type DuckDBBindings } from '@duckdb/duckdb-wasm/blocking-browser';
import { tableFromIPC, type Table } from '@uwdata/flechette';
import { duckdbMessage } from './duckdb-message.ts';
import type { EngineReply, EngineRequest, StartFailure, WasmFile } from './engine-protocol.ts';
import { EngineLoadError } from './load-error.ts';
import { resultCsv, resultPage, resultParquet } from './result-table.ts';
import { verifyFile } from './verified-fetch.ts';

interface WorkerScope {
  postMessage(message: EngineReply, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineRequest>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;
const post = (message: EngineReply, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

class StartError extends Error {
  constructor(
    readonly reason: StartFailure,
    detail: string,
  ) {
    super(detail);
  }
}

/** Fetches the wasm and compiles it as it streams in, counting bytes against the size known at build time. */
async function compileWasm(file: WasmFile): Promise<WebAssembly.Module> {
  const response = await fetch(file.url).catch((error: unknown) => {
    throw new StartError('wasmStatus', `${file.url}: ${String(error)}`);
  });
  if (!response.ok || !response.body) throw new StartError('wasmStatus', `${file.url}: HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/wasm')) throw new StartError('wasmType', `${file.url}: ${type || 'no content type'}`);
  const length = response.headers.get('content-length');
  if (length !== null && !response.headers.has('content-encoding') && Number(length) !== file.bytes) {
    throw new StartError('wasmSize', `${file.url}: ${length} bytes announced, ${file.bytes} expected`);
  }
  let loaded = 0;
  let lastPost = 0;
  let sizeError: StartError | undefined;
  const counted = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        loaded += chunk.byteLength;
        if (loaded > file.bytes) {
          sizeError = new StartError('wasmSize', `${file.url}: more than the ${file.bytes} bytes expected`);
          throw sizeError;
        }
        const now = performance.now();
        if (now - lastPost > 50) {
          lastPost = now;
          post({ type: 'progress', loaded, total: file.bytes });
        }
        controller.enqueue(chunk);
      },
      flush() {
        post({ type: 'progress', loaded, total: file.bytes });
        if (loaded !== file.bytes) {
          sizeError = new StartError('wasmSize', `${file.url}: ${loaded} of ${file.bytes} bytes arrived`);
          throw sizeError;
        }
      },
    }),
  );
  try {
    return await WebAssembly.compileStreaming(new Response(counted, { headers: { 'content-type': 'application/wasm' } }));
  } catch (error) {
    if (sizeError) throw sizeError;
    // A download cut short fails the compile too; say what happened, not what followed.
    if (loaded < file.bytes) throw new StartError('wasmSize', `${file.url}: ${loaded} of ${file.bytes} bytes arrived (${String(error)})`);
    throw new StartError('wasmCompile', String(error));
  }
}

let bindings: DuckDBBindings | undefined;
let connection = 0;

/** Starts DuckDB from a compiled module: the bindings' own loader is replaced so nothing is fetched twice. */
async function startDuckDB(module: WebAssembly.Module, wasm: { eh: WasmFile; mvp: WasmFile }): Promise<void> {
  // The bindings pick the build (eh or mvp) by the same feature test as start(); no worker script of theirs is used.
  const bundles = { eh: { mainModule: wasm.eh.url, mainWorker: '' }, mvp: { mainModule: wasm.mvp.url, mainWorker: '' } };
  const db = await createDuckDB(bundles, new VoidLogger(), BROWSER_RUNTIME);
  const failed = new Promise<never>((_, reject) => {
    // Emscripten calls this hook to instantiate; a failure here would otherwise leave it waiting forever.
    Object.assign(db, {
      instantiateWasm(imports: WebAssembly.Imports, success: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
        // As the bindings' own hook does: the wasm's imports call back into this runtime.
        globalThis.DUCKDB_RUNTIME = BROWSER_RUNTIME;
        WebAssembly.instantiate(module, imports).then(
          (instance) => success(instance, module),
          (error: unknown) => reject(new StartError('engineStart', String(error))),
        );
        return {};
      },
    });
  });
  await Promise.race([db.instantiate(() => {}), failed]);
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  connection = db.connect().useUnsafe((_, id) => id);
  // Everything the engine reads is handed to it by the page: it must never fetch, least of all
  // from another origin (an extension, or a URL in a reader's query).
  for (const setting of ['autoinstall_known_extensions = false', 'autoload_known_extensions = false', 'enable_external_access = false', 'lock_configuration = true']) {
    db.runQuery(connection, `SET ${setting}`);
  }
  bindings = db;
}

async function start(request: Extract<EngineRequest, { type: 'start' }>): Promise<void> {
  try {
    let module = request.module;
    if (!module) {
      const { wasmExceptions } = await getPlatformFeatures();
      module = await compileWasm(wasmExceptions ? request.wasm.eh : request.wasm.mvp);
      // The page keeps the compiled module, so a retry after a later failure downloads nothing again.
      post({ type: 'compiled', module });
    }
    await startDuckDB(module, request.wasm);
    post({ type: 'ready' });
  } catch (error) {
    const failure = error instanceof StartError ? error : new StartError('engineStart', String(error));
    post({ type: 'failed', reason: failure.reason, detail: failure.message });
  }
}

const engine = () => {
  if (!bindings) throw new Error('the engine has not started');
  return bindings;
};
const decode = (ipc: Uint8Array | Uint8Array[]) => tableFromIPC(ipc, { useDate: true });

const prepared = new Map<string, number>();
let lastResult: Table | undefined;
let cancelRequested = false;

/** Lets messages in (a cancel) between the steps of a long query. */
const yieldToMessages = () => new Promise<void>((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(null);
});

class Cancelled extends Error {}

/** A reader's query, run step by step so it can be cancelled; its whole result stays here for paging and downloads. */
async function runCancellable(sql: string): Promise<Table> {
  const db = engine();
  cancelRequested = false;
  let header = db.startPendingQuery(connection, sql, false);
  while (header === null) {
    await yieldToMessages();
    if (cancelRequested) {
      db.cancelPendingQuery(connection);
      throw new Cancelled('cancelled');
    }
    header = db.pollPendingQuery(connection);
  }
  const chunks = [header];
  for (;;) {
    const chunk = db.fetchQueryResults(connection);
    if (chunk === null) continue;
    if (chunk.length === 0) break;
    chunks.push(chunk);
  }
  return decode(chunks);
}

async function handle(request: Exclude<EngineRequest, { type: 'start' } | { type: 'cancel' }>): Promise<{ value: unknown; transfer?: Transferable[] }> {
  if (request.type === 'verify') {
    const bytes = await verifyFile(request.file, request.bytes);
    return { value: bytes, transfer: [bytes] };
  }
  const db = engine();
  switch (request.type) {
    case 'insert':
      db.insertArrowFromIPCStream(connection, new Uint8Array(request.bytes), { name: request.table, create: true });
      return { value: null };
    case 'exec':
      db.runQuery(connection, request.sql);
      return { value: null };
    case 'run': {
      if (request.params.length === 0) return { value: resultPage(decode(db.runQuery(connection, request.sql))) };
      if (!prepared.has(request.sql)) prepared.set(request.sql, db.createPrepared(connection, request.sql));
      return { value: resultPage(decode(db.runPrepared(connection, prepared.get(request.sql)!, request.params))) };
    }
    case 'sql': {
      const started = performance.now();
      lastResult = undefined;
      const table = await runCancellable(request.sql);
      lastResult = table;
      return { value: { ...resultPage(table, 0, request.pageSize), rowCount: table.numRows, elapsedMs: performance.now() - started } };
    }
    case 'page':
      if (!lastResult) throw new Error('no result to page through');
      return { value: resultPage(lastResult, request.offset, request.limit) };
    case 'export': {
      if (!lastResult) throw new Error('no result to download');
      const bytes = request.format === 'csv' ? resultCsv(lastResult) : resultParquet(lastResult);
      return { value: bytes, transfer: [bytes.buffer] };
    }
  }
}

// Requests run one at a time, in order: the bindings are synchronous and share one connection.
let queue: Promise<void> = Promise.resolve();
scope.addEventListener('message', ({ data: request }) => {
  if (request.type === 'cancel') {
    cancelRequested = true;
    return;
  }
  if (request.type === 'start') {
    queue = queue.then(() => start(request));
    return;
  }
  const answer = async () => {
    try {
      const { value, transfer } = await handle(request);
      post({ type: 'reply', id: request.id, ok: true, value }, transfer);
    } catch (error) {
      const message = error instanceof EngineLoadError ? error.detail : duckdbMessage(error instanceof Error ? error.message : String(error));
      post({ type: 'reply', id: request.id, ok: false, message, cancelled: error instanceof Cancelled, failure: error instanceof EngineLoadError ? error.reason : undefined });
    }
  };
  // Hashing runs side by side and while DuckDB starts; everything else waits its turn.
  if (request.type === 'verify') void answer();
  else queue = queue.then(answer);
});
