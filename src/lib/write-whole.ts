import { randomBytes } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';

/**
 * Writes a file whole or not at all: a build stopped halfway leaves no torn file behind, and two
 * threads writing the same file (test files run side by side) each write their own before renaming.
 */
export async function writeWhole(path: string, data: Uint8Array | string): Promise<void> {
  const partial = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.partial`;
  await writeFile(partial, data);
  await rename(partial, path);
}
