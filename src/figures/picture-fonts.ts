import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import subsetFont from 'subset-font';
import { writeWhole } from '../lib/write-whole.ts';
import { drawable } from './drawable.ts';

/**
 * The font files the build's pictures are drawn with (Noto Sans, which covers Vietnamese).
 *
 * resvg reads a font file whole each time it looks a face up, several hundred times a picture. With
 * Noto Sans's 630 KB files that was about a fifth of each drawing's time, most of it the kernel
 * copying the file, and two drawing threads reading at once slowed each other further. So the
 * pictures are drawn from a subset of the characters this site writes (Latin, Vietnamese,
 * punctuation, ₫, €, №, −), made once and kept in the cache: about 80 KB, an eighth of the
 * size, and pixel for pixel the same drawing. The subset leaves out what drawable.ts
 * rewrites or drops (arrows, ≥, ◇): with arrows, maths signs and shapes it was 139 KB, and at 10^5
 * observations parsing a picture took 7.6 ms with it, 5.5 ms with this one, most of it the
 * kernel's copying. A picture with any other character is drawn from the whole font.
 */

/** The code points kept in the subset (those of them the font has). */
const SUBSET_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x17f], // Latin-1 (×, ·) and Latin Extended-A (Ă, Đ, Ĩ, Ũ)
  [0x1a0, 0x1b0], // Ơ, Ư and the letters between them (Latin Extended-B)
  [0x300, 0x323], // combining diacritical marks, up to the dot below (Vietnamese's tone marks)
  [0x1ea0, 0x1ef9], // the Vietnamese letters of Latin Extended Additional (Ạ … ỹ)
  [0x2000, 0x206f], // general punctuation
  [0x20ab, 0x20ac], // the đồng and euro signs
  [0x2116, 0x2116], // numero sign
  [0x2212, 0x2212], // minus sign
];

const hex = (codePoint: number) => `\\u{${codePoint.toString(16)}}`;
/** A character the subset does not have (line breaks and tabs are layout, not glyphs). */
const OUTSIDE_SUBSET = new RegExp(`[^\\t\\n\\r${SUBSET_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]`, 'u');

/** The font files: the subset, and the whole font for pictures with characters the subset lacks (each regular, then bold). */
export interface PictureFonts {
  subset: string[];
  whole: string[];
}

/** The font files to draw an SVG with: the subset when it has every character of the SVG as it is drawn. */
export const fontsFor = (fonts: PictureFonts, svg: string): string[] => (OUTSIDE_SUBSET.test(drawable(svg)) ? fonts.whole : fonts.subset);

const CACHE_DIR = 'node_modules/.cache/picture-fonts';

let made: Promise<PictureFonts> | undefined;
/** The picture fonts, the subset made on first use in this cache (named by what it is made from). */
export function pictureFonts(): Promise<PictureFonts> {
  made ??= (async () => {
    // Resolved from the project's folder, where the build runs: this module is bundled into the build's chunks.
    const fromProject = createRequire(resolve('package.json'));
    const whole = ['400Regular', '700Bold'].map((weight) => fromProject.resolve(`@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`));
    const subset = await Promise.all(whole.map((file) => subsetOf(file)));
    return { subset, whole };
  })();
  return made;
}

async function subsetOf(file: string): Promise<string> {
  const font = await readFile(file);
  const id = createHash('sha256').update(font).update(JSON.stringify(SUBSET_RANGES)).digest('hex').slice(0, 16);
  const path = join(CACHE_DIR, `${basename(file, '.ttf')}-${id}.ttf`);
  if (!existsSync(path)) {
    const characters = SUBSET_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');
    const subset = await subsetFont(font, characters, { targetFormat: 'sfnt' });
    await mkdir(CACHE_DIR, { recursive: true });
    await writeWhole(path, subset);
  }
  return path;
}
