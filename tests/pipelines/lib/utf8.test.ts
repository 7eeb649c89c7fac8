import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../../pipelines/lib/utf8.ts';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeUtf8', () => {
  it('reads UTF-8, with or without a BOM, and drops the BOM', () => {
    expect(decodeUtf8('f.csv', bytes('a,b\nHà Nội,2\n'))).toEqual({ text: 'a,b\nHà Nội,2\n' });
    expect(decodeUtf8('f.csv', bytes([0xef, 0xbb, 0xbf], 'a\n'))).toEqual({ text: 'a\n' });
  });

  it('names the line and character column of the first byte that is not UTF-8', () => {
    // Line 2, after "Hà N" (4 characters, 'à' being two bytes in UTF-8): a Windows-1258 'ô' (0xF4).
    expect(decodeUtf8('f.csv', bytes('a\nHà N', [0xf4, 0xf2], 'i\n'))).toEqual({ issue: { file: 'f.csv', line: 2, column: 5, message: expect.stringMatching(/^the file is not UTF-8: byte 0xF4 /) } });
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a UTF-16 surrogate encoded in UTF-8', [0xed, 0xa0, 0x80]],
    ['a code point beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a sequence cut short by the end of the file', [0xe1, 0xba]],
  ])('refuses %s', (_name, bad) => {
    expect(decodeUtf8('f.csv', bytes('ok,', bad))).toEqual({ issue: { file: 'f.csv', line: 1, column: 4, message: expect.stringContaining(`byte 0x${bad[0]!.toString(16).toUpperCase()}`) } });
  });

  it('names UTF-32 by its byte order mark, not as UTF-16', () => {
    expect(decodeUtf8('f.csv', bytes([0xff, 0xfe, 0x00, 0x00], [0x61, 0, 0, 0]))).toMatchObject({ issue: { message: expect.stringMatching(/^the file is UTF-32LE /) } });
  });

  it('tells a stray NUL byte from UTF-16 without a byte order mark', () => {
    expect(decodeUtf8('f.csv', Buffer.from('id,name\nx,y\n', 'utf16le'))).toMatchObject({ issue: { line: 1, column: 1, message: expect.stringMatching(/^the file looks like UTF-16LE without a byte order mark/) } });
    expect(decodeUtf8('f.csv', bytes('id,name\nx,y', [0], 'z\n'))).toMatchObject({ issue: { line: 2, column: 4, message: expect.stringMatching(/^a NUL byte/) } });
  });
});
