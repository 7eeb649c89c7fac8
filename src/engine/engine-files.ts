import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_TABLES, BOUNDARIES_FILE, DATAPACKAGE_FILE } from '../../pipelines/domain/bundle-files.ts';
import { BUNDLE_DIR } from './build-engine.ts';

/** A file of the data bundle as the browser fetches it: its address, size and SHA-256 from datapackage.json. */
export interface DataFile {
  path: string;
  url: string;
  bytes: number;
  sha256: string;
}

/** Everything the browser's engine loads, known when the page is built; the page carries it. */
export interface EngineFiles {
  /** The base tables as Arrow IPC streams. */
  tables: Record<string, DataFile>;
  boundaries: DataFile;
  /** Sizes of the two wasm builds, so progress has its total before a byte arrives and a short file is caught. */
  wasmBytes: { eh: number; mvp: number };
}

interface Resource {
  path: string;
  format: string;
  bytes: number;
  hash: string;
}

const WASM_DIR = 'node_modules/@duckdb/duckdb-wasm/dist';

/** Reads the bundle's datapackage.json (the one the site is built from) for the files the engine needs. */
export function engineFiles(bundleDir = BUNDLE_DIR): EngineFiles {
  const { resources } = JSON.parse(readFileSync(join(bundleDir, DATAPACKAGE_FILE), 'utf8')) as { resources: Resource[] };
  const file = (path: string): DataFile => {
    const resource = resources.find((r) => r.path === path);
    if (!resource) throw new Error(`${join(bundleDir, DATAPACKAGE_FILE)}: expected a resource with path ${path}`);
    const sha256 = resource.hash.replace(/^sha256:/, '');
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`${path}: expected hash sha256:<64 hex digits>, found ${resource.hash}`);
    return { path, url: `${import.meta.env.BASE_URL}data/${path}`, bytes: resource.bytes, sha256 };
  };
  return {
    tables: Object.fromEntries(BASE_TABLES.map((t) => [t, file(`${t}.arrow`)])),
    boundaries: file(BOUNDARIES_FILE),
    wasmBytes: { eh: statSync(join(WASM_DIR, 'duckdb-eh.wasm')).size, mvp: statSync(join(WASM_DIR, 'duckdb-mvp.wasm')).size },
  };
}
