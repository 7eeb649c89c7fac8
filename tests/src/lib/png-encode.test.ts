import { Resvg } from '@resvg/resvg-js';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/lib/png-encode.ts';
import { readPng } from '../../helpers/png.ts';

/** The pixels another PNG reader (resvg's, which checks every CRC) finds in a PNG, as RGBA. */
function decoded(png: Buffer, width: number, height: number): number[] {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" image-rendering="pixelated" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return [...new Resvg(svg).render().pixels];
}

describe('encodePng', () => {
  // Red, green, blue; then white, half-transparent black, fully transparent red.
  const rgba = new Uint8Array([255, 0, 0, 255, 0, 128, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 128, 255, 0, 0, 0]);

  it('writes an opaque RGB PNG that another reader decodes to the same pixels, transparency laid on white', () => {
    const png = encodePng(rgba, 3, 2);
    expect(readPng(png)).toMatchObject({ width: 3, height: 2 });
    expect(png[25]).toBe(2); // colour type: truecolour, no alpha
    expect(decoded(png, 3, 2)).toEqual([255, 0, 0, 255, 0, 128, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 127, 127, 127, 255, 255, 255, 255, 255]);
  });

  it('stores each row behind a "no filter" byte', () => {
    const png = encodePng(rgba, 3, 2);
    const idat = png.indexOf('IDAT');
    const rows = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    expect(rows.length).toBe(2 * (1 + 3 * 3));
    expect([rows[0], rows[10]]).toEqual([0, 0]);
  });

  it('refuses pixels that do not fill the size given', () => {
    expect(() => encodePng(new Uint8Array(8), 3, 2)).toThrow(/expected 24 bytes for 3×2 RGBA pixels, got 8/);
  });
});
