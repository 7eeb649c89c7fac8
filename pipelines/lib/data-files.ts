import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DataIssue } from './errors.ts';

/** Every file under the data folder, as a path relative to it with forward slashes. */
export function listDataFiles(dataDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(relative(dataDir, path).split('\\').join('/'));
    }
  };
  walk(dataDir);
  return found.sort();
}

/** A file no step reads would be silently left out of the bundle: it is an error that names it. */
export function unreadFiles(dataDir: string, files: string[], read: Set<string>): DataIssue[] {
  return files
    .filter((f) => !read.has(f))
    .map((f) => ({ file: join(dataDir, f), line: 1, column: 1, message: 'no step reads this file: expected a CSV in observations/ (a dataset) or one of the files the README lists; move or remove it' }));
}
