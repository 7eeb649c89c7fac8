import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces the output folder as a whole: files go to a sibling temporary folder first, which then
 * takes the place of the old one. A failure at any point leaves the previous outputs untouched.
 */
export function writeBundle(outDir: string, files: Map<string, Uint8Array | string>): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${basename(outDir)}-staging-${process.pid}`);
  const retired = join(parent, `.${basename(outDir)}-retired-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    mkdirSync(staging);
    for (const [name, content] of files) writeFileSync(join(staging, name), content);
    if (existsSync(outDir)) renameSync(outDir, retired);
    renameSync(staging, outDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(outDir) && existsSync(retired)) renameSync(retired, outDir);
    throw error;
  }
  rmSync(retired, { recursive: true, force: true });
}
