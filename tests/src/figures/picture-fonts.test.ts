import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draw } from '../../../src/figures/drawing.ts';
import { fontsFor, pictureFonts } from '../../../src/figures/picture-fonts.ts';

// Every letter Vietnamese writes, both cases, with the site's punctuation and signs.
const VIETNAMESE = 'aàáạảãăằắặẳẵâầấậẩẫbcdđeèéẹẻẽêềếệểễghiìíịỉĩklmnoòóọỏõôồốộổỗơờớợởỡpqrstuùúụủũưừứựửữvxyỳýỵỷỹ';
const TEXT = `${VIETNAMESE} ${VIETNAMESE.toUpperCase()} 0123456789 – — … · “” ‘’ % ≥ × − € № ↑ →`;

const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="120" font-family="Noto Sans, sans-serif"><rect width="900" height="120" fill="#fff"/>`
  + `<text x="10" y="40" font-size="11">${text}</text><text x="10" y="90" font-size="11" font-weight="700">${text}</text></svg>`;

describe('pictureFonts', () => {
  it('draws with the subset what has only characters the subset keeps, and with the whole font anything else', async () => {
    const fonts = await pictureFonts();
    expect(fontsFor(fonts, svg(TEXT))).toEqual(fonts.subset);
    expect(fontsFor(fonts, svg('Ωμέγα'))).toEqual(fonts.whole);
    expect(fontsFor(fonts, svg('Москва'))).toEqual(fonts.whole);
    expect(fontsFor(fonts, svg('河内'))).toEqual(fonts.whole);
  });

  it('keeps a small subset, regular then bold, that draws the site’s text pixel for pixel as the whole font does', async () => {
    const { subset, whole } = await pictureFonts();
    expect(subset.map((file) => file.match(/NotoSans_\w+/)![0])).toEqual(['NotoSans_400Regular', 'NotoSans_700Bold']);
    for (const [i, file] of subset.entries()) expect(statSync(file).size).toBeLessThan(statSync(whole[i]!).size / 6);
    const [fromSubset, fromWhole] = [subset, whole].map((files) => Buffer.from(draw(svg(TEXT), 1800, true, files).png));
    expect(fromSubset!.equals(fromWhole!)).toBe(true);
  });
});
