import { createHash } from 'node:crypto';
import { buildData } from '../engine/build-data.ts';
import type { DataFile } from '../engine/engine-files.ts';
import { explorerCatalog, type ExplorerCatalog } from '../queries/explorer-catalog.ts';

/** Where the explorer's catalog is, below the site's base path (src/pages/explorer-catalog.json.ts writes it). */
export const EXPLORER_CATALOG_PATH = 'explorer-catalog.json';

export interface ExplorerCatalogFile {
  catalog: ExplorerCatalog;
  /** The file's text. */
  json: string;
  /** The file as the page names it: where it is, its size and its SHA-256, which the explorer checks. */
  file: DataFile;
}

let made: Promise<ExplorerCatalogFile> | undefined;

/**
 * The explorer's catalog as a file of its own, made once per build for the endpoint and both
 * languages' pages. Each indicator's periods and units grow with the data (about 280 KB at 10^5
 * observations, more at 10^6): in the page they would make its HTML grow without bound, while the
 * explorer needs them only once its script runs.
 */
export function explorerCatalogFile(): Promise<ExplorerCatalogFile> {
  made ??= explorerCatalog(buildData).then((catalog) => {
    const json = JSON.stringify(catalog);
    const url = `${import.meta.env.BASE_URL}${EXPLORER_CATALOG_PATH}`;
    return { catalog, json, file: { path: EXPLORER_CATALOG_PATH, url, bytes: Buffer.byteLength(json), sha256: createHash('sha256').update(json).digest('hex') } };
  });
  return made;
}
