import { closeSync, mkdtempSync, openSync, readSync, rmSync, write, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * The most bytes waiting to be written at once: libuv's threads also read and write the build's
 * pictures and pages, and while they are busy, entries would pile up in memory. Beyond this, an
 * entry is written at once, from the page thread.
 */
const MAX_WRITING_BYTES = 16 * 2 ** 20;

/** Where a kept entry's bytes are in the spill's file. */
interface Extent {
  offset: number;
  length: number;
}

/**
 * One build's intermediate results kept on disk, not in memory. A figure instance is shown by
 * several routes (its files, its link preview, its chart-only page, the page it sits on), and Astro
 * builds one route after another: a cache of recent instances has let an instance go long before
 * the next route asks for it again, and a cache of every instance held gigabytes at scale. Read back
 * from the disk, an instance's data costs a fraction of its query, and a chart a fraction of its
 * drawing. The folder is the process's own and is removed when the process ends.
 *
 * Everything goes into one file, each entry appended at its own offset, and the writes run on
 * libuv's threads: the page thread is what limits a build whose pictures are cached, and creating
 * a file per entry from it took 3-4 s of its time in a profiled 10^5-observation build (thousands
 * of entries, 134 MB in all). Until its write is done, an entry is read from memory.
 */
export class BuildSpill {
  #dir: string | undefined;
  #file: number | undefined;
  #end = 0;
  readonly #kept = new Map<string, Extent>();
  readonly #writing = new Map<string, Buffer>();
  #writingBytes = 0;
  /** Writes still running, per open file (a removed spill's file stays open until its last write ends). */
  readonly #pending = new Map<number, number>();
  #exitHooked = false;

  constructor(readonly name: string) {}

  #open(): number {
    if (this.#file === undefined) {
      this.#dir = mkdtempSync(join(tmpdir(), `${this.name}-`));
      this.#file = openSync(join(this.#dir, 'spill'), 'w+');
      if (!this.#exitHooked) process.once('exit', () => this.remove());
      this.#exitHooked = true;
    }
    return this.#file;
  }

  /** The bytes kept under a key, from memory while they are being written, else from the file. */
  #read(key: string): Buffer | undefined {
    const writing = this.#writing.get(key);
    if (writing !== undefined) return writing;
    const extent = this.#kept.get(key);
    if (extent === undefined) return undefined;
    const bytes = Buffer.allocUnsafe(extent.length);
    readSync(this.#file!, bytes, 0, extent.length, extent.offset);
    return bytes;
  }

  #store(key: string, bytes: Buffer): void {
    const file = this.#open();
    const extent = { offset: this.#end, length: bytes.length };
    this.#end += bytes.length;
    if (this.#writingBytes + bytes.length > MAX_WRITING_BYTES) {
      writeSync(file, bytes, 0, bytes.length, extent.offset);
      this.#kept.set(key, extent);
      return;
    }
    this.#writingBytes += bytes.length;
    this.#writing.set(key, bytes);
    this.#pending.set(file, (this.#pending.get(file) ?? 0) + 1);
    write(file, bytes, 0, bytes.length, extent.offset, (error, written) => {
      this.#writingBytes -= bytes.length;
      const left = this.#pending.get(file)! - 1;
      this.#pending.set(file, left);
      if (file !== this.#file) {
        // Removed meanwhile: the file is closed only now, so that its number cannot be reused while a write to it waits.
        if (left === 0) this.#close(file);
        return;
      }
      // A failed write leaves the entry unkept: whoever asks for it again makes it again.
      if (this.#writing.get(key) === bytes) this.#writing.delete(key);
      if (!error && written === bytes.length) this.#kept.set(key, extent);
    });
  }

  #close(file: number): void {
    this.#pending.delete(file);
    closeSync(file);
  }

  /**
   * A value stored under a key, or `make`'s value, stored (as V8 serialises it: plain data, Maps,
   * Sets and Dates come back as they were). A value V8 cannot serialise (one holding a function) is
   * returned without being stored.
   */
  async value<T>(key: string, make: () => Promise<T>): Promise<T> {
    const kept = this.#read(key);
    if (kept !== undefined) return deserialize(kept) as T;
    const made = await make();
    let bytes: Buffer;
    try {
      bytes = serialize(made);
    } catch {
      return made;
    }
    this.#store(key, bytes);
    return made;
  }

  /** A text stored under a key, or `make`'s text, stored. */
  text(key: string, make: () => string): string {
    const kept = this.#read(key);
    if (kept !== undefined) return kept.toString('utf8');
    const made = make();
    this.#store(key, Buffer.from(made, 'utf8'));
    return made;
  }

  /** Removes the folder and all it holds; the spill starts empty again. */
  remove(): void {
    const file = this.#file;
    // With writes running, the file is closed by the last of them (see #store).
    if (file !== undefined && (this.#pending.get(file) ?? 0) === 0) this.#close(file);
    if (this.#dir !== undefined) rmSync(this.#dir, { recursive: true, force: true });
    this.#dir = undefined;
    this.#file = undefined;
    this.#end = 0;
    this.#kept.clear();
    this.#writing.clear();
  }
}
