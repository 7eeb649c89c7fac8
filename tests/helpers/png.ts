/** A PNG's size and its text chunks (tEXt and uncompressed iTXt), read from its bytes. */
export function readPng(bytes: Uint8Array): { width: number; height: number; text: Record<string, string> } {
  const b = Buffer.from(bytes);
  if (b.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
  const text: Record<string, string> = {};
  let width = 0;
  let height = 0;
  for (let at = 8; at < b.length; ) {
    const length = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    const data = b.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'tEXt' || type === 'iTXt') {
      const nul = data.indexOf(0);
      const keyword = data.toString('latin1', 0, nul);
      if (type === 'tEXt') text[keyword] = data.toString('latin1', nul + 1);
      else {
        // keyword \0 compression flag, method, language \0 translated keyword \0 text
        const language = data.indexOf(0, nul + 3);
        const translated = data.indexOf(0, language + 1);
        text[keyword] = data.toString('utf8', translated + 1);
      }
    }
    at += 12 + length;
  }
  return { width, height, text };
}
