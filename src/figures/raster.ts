import { createHash } from 'node:crypto';
import { mkdir, readFile, utimes } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { writeWhole } from '../lib/write-whole.ts';
import { DrawingPool } from './drawing-pool.ts';
import { fontsFor, pictureFonts } from './picture-fonts.ts';

/**
 * The build's drawings (link previews, the figures' PNG and outlined SVG), made by a pool of worker
 * threads (one per core) while the page thread goes on rendering pages, and kept in a cache by
 * content: the site is built more than once by the tests, again after each change to the data, and
 * most pictures do not change between builds.
 */

/**
 * Node runs the workers' modules as they are, outside the bundler (so they are found from the
 * project's folder, where the build runs, as public/data is).
 */
const DRAWING_MODULES = ['src/figures/drawing-worker.ts', 'src/figures/drawing.ts', 'src/figures/drawable.ts', 'src/lib/png-encode.ts', 'src/charts/round-coordinates.ts'];
const CACHE_DIR = 'node_modules/.cache/pictures';

let drawingVersion: string | undefined;
/** What a cached drawing was drawn with: the renderer's version and the drawing code itself. */
function version(): string {
  if (drawingVersion === undefined) {
    const hash = createHash('sha256').update(`resvg ${createRequire(import.meta.url)('@resvg/resvg-js/package.json').version}\n`);
    for (const file of DRAWING_MODULES) hash.update(readFileSync(file));
    drawingVersion = hash.digest('hex');
  }
  return drawingVersion;
}

/**
 * A drawing worker's heap is small: resvg's trees and pixels live outside it and are freed only
 * when the worker's garbage collector finalises their handles, which a heap sized by the machine's
 * memory rarely needs to do. The largest drawing (a 63-row ranking) needs a few MB of heap.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 };

const pool = new DrawingPool(() => new Worker(resolve(DRAWING_MODULES[0]!), { resourceLimits: WORKER_LIMITS }), availableParallelism());

const drawing = new Map<string, Promise<{ png: Buffer; outlined?: string }>>();

/** The SVG drawn (see drawing.ts: draw), from the cache or by a worker; one drawing at a time per content. */
async function drawn(svg: string, pngWidth: number, outline: boolean): Promise<{ png: Buffer; outlined?: string }> {
  const fonts = fontsFor(await pictureFonts(), svg);
  // The subset's file is named by what it is made from (picture-fonts.ts), so the names say which fonts drew it.
  const key = createHash('sha256').update(`${version()} ${pngWidth} ${outline} ${fonts.map((file) => basename(file)).join(' ')}\n`).update(svg).digest('hex');
  const known = drawing.get(key);
  if (known) return known;
  const png = join(CACHE_DIR, `${key}.png`);
  const outlinedFile = join(CACHE_DIR, `${key}.svg`);
  const answer = (async () => {
    try {
      const found = { png: await readFile(png), outlined: outline ? await readFile(outlinedFile, 'utf8') : undefined };
      // Marked as used by this build: a CI that keeps the cache deletes what no build used (.github/workflows/deploy.yml).
      const now = new Date();
      await Promise.all([utimes(png, now, now), ...(outline ? [utimes(outlinedFile, now, now)] : [])]);
      return found;
    } catch {
      const made = await pool.draw({ svg, pngWidth, outline, fonts });
      await mkdir(CACHE_DIR, { recursive: true });
      if (made.outlined !== undefined) await writeWhole(outlinedFile, made.outlined);
      // The PNG last: a cached PNG says its SVG is there too.
      await writeWhole(png, made.png);
      return { png: Buffer.from(made.png), outlined: made.outlined };
    }
  })().finally(() => drawing.delete(key));
  drawing.set(key, answer);
  return answer;
}

/** An SVG drawn to a PNG of the given pixel width. */
export async function rasterise(svg: string, pngWidth: number): Promise<Buffer> {
  return (await drawn(svg, pngWidth, false)).png;
}

/** An SVG drawn to a PNG of the given pixel width, and the same SVG with its text as outlines. */
export async function drawPicture(svg: string, pngWidth: number): Promise<{ png: Buffer; outlined: string }> {
  const { png, outlined } = await drawn(svg, pngWidth, true);
  return { png, outlined: outlined! };
}
