import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface StagedFolder {
  /** Writes one file of the new content, block by block; the first write creates the staging folder. */
  write(name: string, blocks: Iterable<Uint8Array>): void;
  /** Puts the new content in place of the output folder, as a whole. */
  commit(): void;
  /** Removes whatever was staged; the output folder is left as it was. */
  discard(): void;
}

/**
 * Replaces the output folder as a whole: files go, as they are made, to a sibling staging folder,
 * which takes the place of the old one only when every file is written. A failure at any point
 * leaves the previous outputs untouched, and files are not held in memory until the end.
 */
export function stageFolder(outDir: string): StagedFolder {
  const parent = dirname(outDir);
  const staging = join(parent, `.${basename(outDir)}-staging-${process.pid}`);
  const retired = join(parent, `.${basename(outDir)}-retired-${process.pid}`);
  let started = false;
  const discard = () => rmSync(staging, { recursive: true, force: true });
  return {
    write(name, blocks) {
      if (!started) {
        mkdirSync(parent, { recursive: true });
        discard();
        mkdirSync(staging);
        started = true;
      }
      const fd = openSync(join(staging, name), 'w');
      try {
        for (const block of blocks) writeSync(fd, block);
      } finally {
        closeSync(fd);
      }
    },
    commit() {
      if (!started) throw new Error('nothing was staged');
      try {
        if (existsSync(outDir)) renameSync(outDir, retired);
        renameSync(staging, outDir);
      } catch (error) {
        discard();
        if (!existsSync(outDir) && existsSync(retired)) renameSync(retired, outDir);
        throw error;
      }
      rmSync(retired, { recursive: true, force: true });
    },
    discard,
  };
}
