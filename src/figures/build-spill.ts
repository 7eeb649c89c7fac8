import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * One build's intermediate results kept on disk, not in memory. A figure instance is shown by
 * several routes (its files, its link preview, its chart-only page, the page it sits on), and Astro
 * builds one route after another: a cache of recent instances has let an instance go long before
 * the next route asks for it again, and a cache of every instance held gigabytes at scale. Read back
 * from the disk, an instance's data costs a fraction of its query, and a chart a fraction of its
 * drawing. The folder is the process's own and is removed when the process ends.
 */
export class BuildSpill {
  #dir: string | undefined;
  readonly #stored = new Set<string>();

  constructor(readonly name: string) {}

  #path(key: string): string {
    if (this.#dir === undefined) {
      this.#dir = mkdtempSync(join(tmpdir(), `${this.name}-`));
      process.once('exit', () => this.remove());
    }
    return join(this.#dir, createHash('sha256').update(key).digest('hex'));
  }

  /**
   * A value stored under a key, or `make`'s value, stored (as V8 serialises it: plain data, Maps,
   * Sets and Dates come back as they were). A value V8 cannot serialise (one holding a function) is
   * returned without being stored.
   */
  async value<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (this.#stored.has(key)) return deserialize(readFileSync(this.#path(key))) as T;
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

  #store(key: string, data: Uint8Array | string): void {
    writeFileSync(this.#path(key), data);
    this.#stored.add(key);
  }

  /** Removes the folder and all it holds; the spill starts empty again. */
  remove(): void {
    if (this.#dir !== undefined) rmSync(this.#dir, { recursive: true, force: true });
    this.#dir = undefined;
    this.#stored.clear();
  }

  /** A text stored under a key, or `make`'s text, stored. */
  text(key: string, make: () => string): string {
    if (this.#stored.has(key)) return readFileSync(this.#path(key), 'utf8');
    const made = make();
    this.#store(key, made);
    return made;
  }
}
