import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { withPngText } from '../../../src/lib/png-text.ts';
import { readPng } from '../../helpers/png.ts';

/** A 1 × 1 white PNG, built here so the test needs no image file. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    data.copy(out, 8);
    return out; // the reader here does not check CRCs
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from([0, 255]))), chunk('IEND', Buffer.alloc(0))]);
}

describe('withPngText', () => {
  it('adds UTF-8 text chunks after the header and keeps the image', () => {
    const png = withPngText(tinyPng(), { Title: 'Xếp hạng năm 2023', Source: 'Báo Hà Nội Mới (10/5/2024)', Empty: '' });
    expect(readPng(png)).toEqual({ width: 1, height: 1, text: { Title: 'Xếp hạng năm 2023', Source: 'Báo Hà Nội Mới (10/5/2024)' } });
    expect(png.toString('latin1', 37, 41)).toBe('iTXt');
    expect(png.subarray(-12).toString('latin1', 4, 8)).toBe('IEND');
  });
  it('refuses bytes that are not a PNG', () => {
    expect(() => withPngText(Buffer.alloc(40), { Title: 'x' })).toThrow(/not a PNG/);
  });
});
