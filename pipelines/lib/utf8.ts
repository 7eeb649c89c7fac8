import { isUtf8 } from 'node:buffer';
import type { DataIssue } from './errors.ts';

/**
 * The raw files are UTF-8 (with or without a BOM). Decoding anything else with replacement
 * characters would publish "H� N?i"; a spreadsheet's other encodings are named and refused here,
 * before any parsing, with the position of the first byte that is not UTF-8 text.
 */
const SAVE_AS = 'expected UTF-8; save the file again as "CSV UTF-8"';

const BYTE_ORDER_MARKS: { bytes: number[]; encoding: string }[] = [
  // The UTF-32 marks first: UTF-32LE's starts with UTF-16LE's.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'UTF-32LE' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'UTF-32BE' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16LE' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16BE' },
];

const hex = (b: number) => b.toString(16).toUpperCase().padStart(2, '0');

/** Offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    // Length of the sequence, and the range of its second byte (which excludes overlong forms and surrogates).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** Line and column of a byte offset, counted as the CSV parser counts them (characters, from 1). */
function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1 };
}

/**
 * Which UTF-16 a file without a byte order mark is, judged by where its NUL bytes fall (ASCII text
 * in UTF-16 has a NUL beside every character), or null when they are not in that pattern.
 */
function utf16WithoutMark(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? (even += 1) : (odd += 1));
  const pairs = Math.floor(sample.length / 2);
  if (odd > pairs / 4 && even === 0) return 'UTF-16LE';
  if (even > pairs / 4 && odd === 0) return 'UTF-16BE';
  return null;
}

/** The text of a raw file, without its BOM; or one issue saying which encoding was found and where. */
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { issue: DataIssue } {
  const refuse = (at: { line: number; column: number }, message: string) => ({ issue: { file, ...at, message } });
  const mark = BYTE_ORDER_MARKS.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  if (mark) return refuse({ line: 1, column: 1 }, `the file is ${mark.encoding} (it starts with the byte order mark ${mark.bytes.map(hex).join(' ')}): ${SAVE_AS}`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const utf16 = utf16WithoutMark(bytes);
    if (utf16) return refuse({ line: 1, column: 1 }, `the file looks like ${utf16} without a byte order mark (every other byte is 0): ${SAVE_AS}`);
    return refuse(positionOf(bytes, nul), 'a NUL byte (0x00): expected text; a CSV file holds no NUL bytes (was it saved by a program that pads or corrupts text?)');
  }
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    return refuse(positionOf(bytes, bad), `the file is not UTF-8: byte 0x${hex(bytes[bad]!)} here is not part of a UTF-8 character (was the file saved as Windows-1258 or Windows-1252?): ${SAVE_AS}`);
  }
  // TextDecoder drops a leading UTF-8 BOM, which Excel writes with "CSV UTF-8".
  return { text: new TextDecoder().decode(bytes) };
}
