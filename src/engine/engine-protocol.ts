import type { Cell } from '../../pipelines/domain/values.ts';
import type { QueryParam } from './query.ts';
import type { DataFile } from './engine-files.ts';
import type { LoadFailure } from './load-error.ts';
import type { ColumnKind } from './result-table.ts';

/** The engine's wasm, with its size known at build time: the progress total and a check on what arrives. */
export interface WasmFile {
  url: string;
  bytes: number;
}

/** Rows of a query result as plain values, with what each column holds. */
export interface ResultPage {
  columns: string[];
  types: ColumnKind[];
  rows: Cell[][];
}

export interface SqlResult extends ResultPage {
  rowCount: number;
  elapsedMs: number;
}

/** What the page asks the engine worker. Every request but `start` and `cancel` carries an id its reply repeats. */
export type EngineRequest =
  | { type: 'start'; wasm: { eh: WasmFile; mvp: WasmFile }; module?: WebAssembly.Module }
  | { type: 'verify'; id: number; file: DataFile; bytes: ArrayBuffer }
  | { type: 'insert'; id: number; table: string; bytes: ArrayBuffer }
  | { type: 'exec'; id: number; sql: string }
  | { type: 'run'; id: number; sql: string; params: QueryParam[] }
  | { type: 'sql'; id: number; sql: string; pageSize: number }
  | { type: 'page'; id: number; offset: number; limit: number }
  | { type: 'export'; id: number; format: 'csv' | 'parquet' }
  | { type: 'cancel' };

/** Why the engine could not start, as a key the page turns into words in its language. */
export type StartFailure = 'wasmStatus' | 'wasmType' | 'wasmSize' | 'wasmCompile' | 'engineStart';

export type EngineReply =
  | { type: 'progress'; loaded: number; total: number }
  | { type: 'compiled'; module: WebAssembly.Module }
  | { type: 'ready' }
  | { type: 'failed'; reason: StartFailure; detail: string }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; message: string; cancelled?: boolean; failure?: LoadFailure };
