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

/** A PNG's colour type and its rows as stored (inflated, each behind its filter byte). */
function stored(png: Buffer): { colourType: number; rows: Buffer } {
  const idat = png.indexOf('IDAT');
  return { colourType: png[25]!, rows: inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4))) };
}

/** Opaque RGBA pixels of `count` different greys and blues, one after another. */
function distinctColours(count: number): Uint8Array {
  const rgba = new Uint8Array(count * 4);
  for (let i = 0; i < count; i++) rgba.set([i % 256, i % 256, Math.floor(i / 256) * 255, 255], 4 * i);
  return rgba;
}

describe('encodePng', () => {
  // Red, green, blue; then white, half-transparent black, fully transparent red.
  const rgba = new Uint8Array([255, 0, 0, 255, 0, 128, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 128, 255, 0, 0, 0]);

  it('writes a picture of at most 256 colours as an indexed PNG that another reader decodes to the same pixels, transparency laid on white', () => {
    const png = encodePng(rgba, 3, 2);
    expect(readPng(png)).toMatchObject({ width: 3, height: 2 });
    const { colourType, rows } = stored(png);
    expect(colourType).toBe(3);
    expect(rows.length).toBe(2 * (1 + 3));
    expect(decoded(png, 3, 2)).toEqual([255, 0, 0, 255, 0, 128, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 127, 127, 127, 255, 255, 255, 255, 255]);
  });

  it('keeps exactly 256 colours indexed and writes 257 as opaque RGB, each decoding to the pixels given', () => {
    for (const [count, colourType] of [[256, 3], [257, 2]] as const) {
      const pixels = distinctColours(count);
      const png = encodePng(pixels, count, 1);
      expect(stored(png).colourType).toBe(colourType);
      expect(decoded(png, count, 1)).toEqual([...pixels]);
    }
  });

  it('stores each row behind a "no filter" byte, indexed or RGB', () => {
    const indexed = stored(encodePng(rgba, 3, 2)).rows;
    expect([indexed[0], indexed[4]]).toEqual([0, 0]);
    const rgb = stored(encodePng(new Uint8Array([...distinctColours(257), ...distinctColours(257)]), 257, 2)).rows;
    expect(rgb.length).toBe(2 * (1 + 3 * 257));
    expect([rgb[0], rgb[1 + 3 * 257]]).toEqual([0, 0]);
  });

  it('reads pixels that do not start on a 4-byte boundary', () => {
    const shifted = new Uint8Array(rgba.length + 1).subarray(1);
    shifted.set(rgba);
    expect(encodePng(shifted, 3, 2)).toEqual(encodePng(rgba, 3, 2));
  });

  it('refuses pixels that do not fill the size given', () => {
    expect(() => encodePng(new Uint8Array(8), 3, 2)).toThrow(/expected 24 bytes for 3×2 RGBA pixels, got 8/);
  });
});
