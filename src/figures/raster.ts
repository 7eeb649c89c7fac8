import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { roundCoordinates } from '../charts/render.ts';

/**
 * SVG drawn to PNG, or with its text turned into outlines, at build time with resvg and Noto Sans
 * (which covers Vietnamese): the link-preview images (og-image.ts) and the figures' downloadable
 * pictures (picture.ts) go through here.
 */

// The package ships whole TTF files, which the renderer reads.
const fontFile = (weight: string) => createRequire(import.meta.url).resolve(`@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`);
let fonts: string[] | undefined;
const fontOptions = (): ResvgRenderOptions['font'] => {
  fonts ??= [fontFile('400Regular'), fontFile('700Bold')];
  return { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' };
};

/**
 * Glyphs Noto Sans does not have, written the way it can draw them (or left out: the arrow Plot
 * puts before an axis label says which way values grow, which the axis itself shows).
 */
export const drawable = (svg: string) => svg.replaceAll('≥', '&gt;=').replaceAll('◇', '').replace(/[↑↓←→] ?/g, '');

/**
 * Drawn images by the SVG they were drawn from: the site is built more than once by the tests (and
 * again and again while working on it), and most images do not change between builds.
 */
const CACHE_DIR = 'node_modules/.cache/og-previews';
const RENDERER = `resvg ${createRequire(import.meta.url)('@resvg/resvg-js/package.json').version}`;

/** An SVG drawn to a PNG of the given pixel width, off the main thread (resvg's own pool), cached by content. */
export async function rasterise(svg: string, pngWidth: number): Promise<Buffer> {
  const cached = join(CACHE_DIR, `${createHash('sha256').update(`${RENDERER} ${pngWidth}\n`).update(svg).digest('hex')}.png`);
  try {
    return await readFile(cached);
  } catch {
    const png = (await renderAsync(drawable(svg), { fitTo: { mode: 'width', value: pngWidth }, font: fontOptions() })).asPng();
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFile(cached, png);
    return png;
  }
}

/**
 * The same SVG with every text drawn as outlines in Noto Sans, so that it looks the same in any
 * program, with or without the font (resvg's own SVG writer: shapes, paths and gradients only).
 */
export function outlined(svg: string): string {
  // Outlines are most of the file: coordinates to a tenth of a unit and no spaces around path commands.
  const written = new Resvg(drawable(svg), { font: fontOptions() }).toString();
  return roundCoordinates(written).replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${d.replace(/ ?([MLQCZ]) ?/g, '$1')}"`).replace(/>\s+</g, '><');
}
