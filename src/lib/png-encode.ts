import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** PNG colour type 2: truecolour, three bytes a pixel. */
const RGB = 2;
/** PNG colour type 3: indexed, one byte a pixel naming one of at most 256 colours in the PLTE chunk. */
const INDEXED = 3;
const MAX_PALETTE = 256;
/** Filter type 0 (none) before each row: the pictures are flat colour on white, which deflate packs well as it is. */
const NO_FILTER = 0;

/** One PNG chunk: length, type, data and the CRC of type and data. */
export function pngChunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * RGBA pixels (not premultiplied, as resvg gives them) as an opaque PNG, any transparency laid on
 * white, with exactly those pixels. Indexed when they hold at most 256 colours, as the site's
 * pictures mostly do (flat colours, and text in two greys whose edges blend only into white): a
 * third of the bytes to compress, so a third less time and file than truecolour. Truecolour
 * otherwise, still half the bytes and time of resvg's own encoder: no alpha channel, and no
 * per-row filter search.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: expected ${width * height * 4} bytes for ${width}×${height} RGBA pixels, got ${rgba.length}`);
  const indexed = indexedRows(rgba, width, height);
  return indexed ? png(width, height, INDEXED, indexed.rows, indexed.palette) : png(width, height, RGB, rgbRows(rgba, width, height));
}

function png(width: number, height: number, colourType: number, rows: Buffer, palette?: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colourType, 0, 0, 0], 8); // 8 bits a channel or index, deflate, filter method 0, no interlace
  return Buffer.concat([SIGNATURE, pngChunk('IHDR', header), ...(palette ? [pngChunk('PLTE', palette)] : []), pngChunk('IDAT', deflateSync(rows, { level: 6 })), pngChunk('IEND', new Uint8Array())]);
}

/** One RGBA pixel laid on white, written as RGB at `out[at]`. */
function onWhite(rgba: Uint8Array, i: number, out: Uint8Array, at: number): void {
  const alpha = rgba[i + 3]!;
  if (alpha === 255) {
    out[at] = rgba[i]!;
    out[at + 1] = rgba[i + 1]!;
    out[at + 2] = rgba[i + 2]!;
  } else {
    const white = 255 - alpha;
    out[at] = Math.round((rgba[i]! * alpha) / 255 + white);
    out[at + 1] = Math.round((rgba[i + 1]! * alpha) / 255 + white);
    out[at + 2] = Math.round((rgba[i + 2]! * alpha) / 255 + white);
  }
}

/** The rows as palette indices behind their filter bytes, and the palette; undefined past 256 colours. */
function indexedRows(rgba: Uint8Array, width: number, height: number): { rows: Buffer; palette: Buffer } | undefined {
  // Each pixel read as one 32-bit number: a key for its colour (whatever the machine's byte order).
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const indexOf = new Map<number, number>();
  const palette = Buffer.alloc(3 * MAX_PALETTE);
  const stride = width + 1;
  const rows = Buffer.alloc(stride * height);
  // Most pixels repeat the one before (runs of background and of flat fills): they skip the lookup.
  let previous = -1;
  let previousIndex = 0;
  for (let y = 0, i = 0; y < height; y++) {
    rows[y * stride] = NO_FILTER;
    for (let at = y * stride + 1, end = at + width; at < end; at++, i++) {
      const pixel = pixels[i]!;
      if (pixel !== previous) {
        let index = indexOf.get(pixel);
        if (index === undefined) {
          if (indexOf.size === MAX_PALETTE) return undefined;
          index = indexOf.size;
          indexOf.set(pixel, index);
          onWhite(rgba, 4 * i, palette, 3 * index);
        }
        previous = pixel;
        previousIndex = index;
      }
      rows[at] = previousIndex;
    }
  }
  return { rows, palette: palette.subarray(0, 3 * indexOf.size) };
}

/** The rows as RGB behind their filter bytes. */
function rgbRows(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 3 + 1;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0, i = 0; y < height; y++) {
    rows[y * stride] = NO_FILTER;
    for (let at = y * stride + 1, end = at + 3 * width; at < end; at += 3, i += 4) onWhite(rgba, i, rows, at);
  }
  return rows;
}
