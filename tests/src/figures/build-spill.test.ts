import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BuildSpill } from '../../../src/figures/build-spill.ts';

const spillFolders = (name: string) => readdirSync(tmpdir()).filter((f) => f.startsWith(`${name}-`));

const made: BuildSpill[] = [];
const newSpill = (name: string) => made[made.push(new BuildSpill(`${name}-${process.pid}`)) - 1]!;
afterEach(() => made.splice(0).forEach((spill) => spill.remove()));

describe('BuildSpill', () => {
  it('makes a value once and reads it back from its own folder as a copy, Maps and missing values as they were', async () => {
    const spill = newSpill('spill-test');
    const value = { rows: [{ id: 'a', value: 1.5, note: null }], seen: new Map([['a', new Set([2020])]]) };
    const make = vi.fn(async () => value);
    expect(await spill.value('data a', make)).toBe(value);
    const again = await spill.value('data a', make);
    expect(make).toHaveBeenCalledTimes(1);
    expect(again).not.toBe(value);
    expect(again).toEqual(value);
    expect(spillFolders(spill.name)).toHaveLength(1);
  });

  it('keeps texts by key, each made once', () => {
    const spill = newSpill('spill-test');
    const make = vi.fn(() => '<svg>Hà Nội</svg>');
    expect(spill.text('chart x|vi|336', make)).toBe('<svg>Hà Nội</svg>');
    expect(spill.text('chart x|vi|336', make)).toBe('<svg>Hà Nội</svg>');
    expect(spill.text('chart x|vi|800', () => '<svg>800</svg>')).toBe('<svg>800</svg>');
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('returns a value V8 cannot serialise without keeping it: the next ask makes it again', async () => {
    const spill = newSpill('spill-test');
    const make = vi.fn(async () => ({ draw: () => 1 }));
    await spill.value('with a function', make);
    await spill.value('with a function', make);
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('creates no folder until something is kept, and removes it whole', async () => {
    const spill = newSpill('spill-folder');
    expect(spillFolders(spill.name)).toHaveLength(0);
    await spill.value('a', async () => 1);
    expect(spillFolders(spill.name)).toHaveLength(1);
    spill.remove();
    expect(spillFolders(spill.name)).toHaveLength(0);
    // Emptied with its folder: the value is made again.
    expect(await spill.value('a', async () => 2)).toBe(2);
  });

  it('reads back what it wrote to its file, once every write has ended, and each entry from its own place', async () => {
    const spill = newSpill('spill-file');
    const texts = Array.from({ length: 200 }, (_, i) => `<svg>${'Hà Nội '.repeat(i * 37)}${i}</svg>`);
    texts.forEach((text, i) => spill.text(`chart ${i}`, () => text));
    const file = join(tmpdir(), spillFolders(spill.name)[0]!, 'spill');
    const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    await vi.waitFor(() => expect(statSync(file).size).toBe(bytes));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const make = vi.fn(() => 'made again');
    expect(texts.map((_, i) => spill.text(`chart ${i}`, make))).toEqual(texts);
    expect(make).not.toHaveBeenCalled();
  });

  it('can be removed while its writes are running, and starts empty again', async () => {
    const spill = newSpill('spill-running');
    for (let i = 0; i < 50; i++) spill.text(`chart ${i}`, () => 'x'.repeat(100_000));
    spill.remove();
    expect(spillFolders(spill.name)).toHaveLength(0);
    expect(spill.text('chart 1', () => 'new')).toBe('new');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(spill.text('chart 1', () => 'newer')).toBe('new');
    expect(spill.text('chart 2', () => 'newer')).toBe('newer');
  });

  it('writes an entry at once when too much is already waiting to be written', () => {
    const spill = newSpill('spill-full');
    const big = 'x'.repeat(17 * 2 ** 20);
    spill.text('chart big', () => big);
    // Written before text() returned: the file already holds it.
    expect(statSync(join(tmpdir(), spillFolders(spill.name)[0]!, 'spill')).size).toBe(big.length);
    expect(spill.text('chart big', () => 'made again')).toBe(big);
  });
});
