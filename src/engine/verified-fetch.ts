import type { DataFile } from './engine-files.ts';
import { EngineLoadError } from './load-error.ts';

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** A data file of the bundle as it arrives, or why it did not. */
export async function fetchFile(file: DataFile): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(file.url);
  } catch (error) {
    throw new EngineLoadError('dataMissing', `${file.path}: ${String(error)}`);
  }
  if (!response.ok) throw new EngineLoadError('dataMissing', `${file.path}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/**
 * Refuses bytes unless they have the SHA-256 that datapackage.json gives the file. The engine
 * worker runs this for the tables, so even a large one costs the page's thread no hashing; the page
 * runs it for the small boundaries file.
 */
export async function verifyFile(file: DataFile, bytes: ArrayBuffer): Promise<ArrayBuffer> {
  const actual = hex(await crypto.subtle.digest('SHA-256', bytes));
  if (actual !== file.sha256) throw new EngineLoadError('dataIntegrity', `${file.path}: SHA-256 ${actual}, datapackage.json says ${file.sha256}`);
  return bytes;
}

export const fetchVerified = async (file: DataFile) => verifyFile(file, await fetchFile(file));
