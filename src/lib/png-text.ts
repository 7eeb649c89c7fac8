import { pngChunk } from './png-encode.ts';

const utf8 = new TextEncoder();

/** An uncompressed international text chunk (iTXt): a keyword and UTF-8 text, so the diacritics survive. */
function itxt(keyword: string, text: string): Buffer {
  return pngChunk('iTXt', new Uint8Array([...utf8.encode(keyword), 0, 0, 0, 0, 0, ...utf8.encode(text)]));
}

/**
 * A PNG with text chunks added after its header (title, source, licence…), as image viewers and
 * metadata tools show them. Keywords are PNG's registered ones where they fit (Title, Copyright…).
 */
export function withPngText(png: Uint8Array, entries: Record<string, string>): Buffer {
  const bytes = Buffer.from(png);
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('withPngText: not a PNG (no IHDR chunk first)');
  const headerEnd = 8 + 12 + bytes.readUInt32BE(8);
  const texts = Object.entries(entries).filter(([, text]) => text !== '').map(([keyword, text]) => itxt(keyword, text));
  return Buffer.concat([bytes.subarray(0, headerEnd), ...texts, bytes.subarray(headerEnd)]);
}
