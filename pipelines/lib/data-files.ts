import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { DataIssue } from './errors.ts';
import { decodeUtf8 } from './utf8.ts';

/**
 * Every input is a regular file inside the data folder. A symbolic link could make the build read
 * (and publish) a file from anywhere on the machine, and a FIFO or device could block it or feed it
 * endless bytes, so neither is followed or opened: each is reported by name instead.
 */
const REGULAR_FILES_ONLY = 'expected only regular files and folders in the data folder (a link could point anywhere on the machine); put the file itself here';

/** V8 holds a string of at most 2^29 - 24 characters, and a UTF-8 file never decodes to more characters than it has bytes. */
const MAX_FILE_BYTES = 512 * 2 ** 20;

/** What an entry that is not a regular file is, for the message that refuses it. */
function notRegular(path: string): string {
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return `a symbolic link (to '${readlinkSync(path)}'): ${REGULAR_FILES_ONLY}`;
    if (stat.isDirectory()) return 'a folder that cannot be read: expected a readable folder of data files';
    return `not a regular file (a FIFO, socket or device): ${REGULAR_FILES_ONLY}`;
  } catch (error) {
    return `cannot be examined (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): expected a regular file`;
  }
}

export interface DataFolder {
  /** Every regular file under the data folder, relative to it, with forward slashes. */
  files: string[];
  /** Every other entry (a link, a FIFO, a folder that cannot be read), relative to the data folder. */
  others: string[];
}

/** The content of the data folder, or null when the folder itself cannot be read. */
export function listDataFiles(dataDir: string): DataFolder | null {
  const found: DataFolder = { files: [], others: [] };
  const relativePath = (path: string) => relative(dataDir, path).split(sep).join('/');
  const walk = (dir: string) => {
    // Directory entries describe the entry itself (as lstat does), so a link is seen as a link and never followed.
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        try {
          walk(path);
        } catch {
          found.others.push(relativePath(path));
        }
      } else if (entry.isFile()) found.files.push(relativePath(path));
      else found.others.push(relativePath(path));
    }
  };
  try {
    walk(dataDir);
  } catch {
    return null;
  }
  found.files.sort();
  found.others.sort();
  return found;
}

/** A file no step reads would be silently left out of the bundle: it is an error that names it. */
export function unreadFiles(dataDir: string, files: string[], read: Set<string>): DataIssue[] {
  return files
    .filter((f) => !read.has(f))
    .map((f) => ({ file: join(dataDir, f), line: 1, column: 1, message: 'no step reads this file: expected a CSV in observations/ (a dataset) or one of the files the README lists; move or remove it' }));
}

/** Entries that are not regular files; one that a step reads is reported by that step instead. */
export function irregularEntries(dataDir: string, others: string[], read: Set<string>): DataIssue[] {
  return others.filter((f) => !read.has(f)).map((f) => ({ file: join(dataDir, f), line: 1, column: 1, message: notRegular(join(dataDir, f)) }));
}

/**
 * The bytes of one input file, or why it cannot be one: missing, a link, a folder, not a regular
 * file, or reached through a link to outside the data folder. `expected` says what the file should
 * hold, for the message.
 */
function readDataFile(dataDir: string, path: string, expected: string): { bytes: Uint8Array } | { issue: DataIssue } {
  const file = join(dataDir, path);
  const refuse = (message: string) => ({ issue: { file, line: 1, column: 1, message } });
  let fd: number;
  try {
    // A folder on the way (observations/, geo/) that is a link would lead outside the data folder.
    const root = realpathSync(dataDir);
    const folder = realpathSync(dirname(file));
    if (folder !== root && !folder.startsWith(root + sep)) return refuse(`the folder holding this file is a link to outside the data folder: ${REGULAR_FILES_ONLY}`);
    // O_NOFOLLOW refuses a link; O_NONBLOCK keeps a FIFO from blocking the open, so fstat can refuse it.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return refuse(`the file is missing: expected ${expected}`);
    if (code === 'ELOOP') return refuse(notRegular(file));
    return refuse(`the file cannot be opened (${code ?? (error as Error).message}): expected ${expected}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return refuse(`a folder where a file is expected: expected ${expected}`);
    if (!stat.isFile()) return refuse(notRegular(file));
    if (stat.size > MAX_FILE_BYTES) {
      return refuse(`the file is ${(stat.size / 2 ** 20).toFixed(0)} MiB: expected at most ${MAX_FILE_BYTES / 2 ** 20} MiB, the most that is read as one text; split a large dataset into several files in observations/`);
    }
    return { bytes: readFileSync(fd) };
  } finally {
    closeSync(fd);
  }
}

/** One input file as UTF-8 text, with its bytes for a file that is published as it is. */
export function readDataText(dataDir: string, path: string, expected: string): { bytes: Uint8Array; text: string } | { issue: DataIssue } {
  const read = readDataFile(dataDir, path, expected);
  if ('issue' in read) return read;
  const decoded = decodeUtf8(join(dataDir, path), read.bytes);
  return 'issue' in decoded ? decoded : { bytes: read.bytes, text: decoded.text };
}
