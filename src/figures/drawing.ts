import { Resvg } from '@resvg/resvg-js';
import { roundCoordinates } from '../charts/round-coordinates.ts';
import { encodePng } from '../lib/png-encode.ts';
import { drawable } from './drawable.ts';

/**
 * An SVG drawn at build time with resvg and Noto Sans (which covers Vietnamese): to a PNG, and to
 * the same SVG with its text as outlines. The link-preview images (og-image.ts) and the figures'
 * downloadable pictures (picture-files.ts) are drawn here, in the build's drawing workers
 * (drawing-worker.ts, started by raster.ts). Node runs this module as it is, outside the bundler:
 * it imports only packages and modules that do the same.
 */

/** What one SVG is drawn as: a PNG and, when asked for, the SVG with its text as outlines. */
export interface Drawn {
  png: Uint8Array;
  outlined?: string;
}

/** resvg's font settings: Noto Sans from these files (regular then bold, picture-fonts.ts) and nothing from the system. */
export const fontOptions = (fontFiles: string[]) => ({ loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' });

/**
 * The SVG as a PNG `pngWidth` pixels wide and, with `outline`, as an SVG whose every text is drawn
 * as outlines in Noto Sans, so that it looks the same in any program, with or without the font
 * (resvg's own SVG writer: shapes, paths and gradients only). Both come from one parse.
 */
export function draw(svg: string, pngWidth: number, outline: boolean, fontFiles: string[]): Drawn {
  const tree = new Resvg(drawable(svg), { fitTo: { mode: 'width', value: pngWidth }, font: fontOptions(fontFiles) });
  const image = tree.render();
  const png = encodePng(image.pixels, image.width, image.height);
  if (!outline) return { png };
  // Outlines are most of the file: coordinates to a tenth of a unit and no spaces around path commands.
  const outlined = roundCoordinates(tree.toString()).replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${d.replace(/ ?([MLQCZ]) ?/g, '$1')}"`).replace(/>\s+</g, '><');
  return { png, outlined };
}
