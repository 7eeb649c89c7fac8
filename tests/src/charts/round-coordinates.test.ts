import { describe, expect, it } from 'vitest';
import { roundCoordinates, roundDecimals } from '../../../src/charts/round-coordinates.ts';

/** What roundDecimals promises, said the short way: every match of the pattern, rounded by arithmetic. */
const byArithmetic = (value: string) => value.replace(/-?\d+\.\d{2,}/g, (m) => String(Math.round(Number(m) * 10) / 10));

/** A small seeded generator (mulberry32), so that a failure comes back on the next run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('roundDecimals', () => {
  it.each([
    ['M 37.559998 36.62 Q 37.559998 39.08 36.64 40.72', 'M 37.6 36.6 Q 37.6 39.1 36.6 40.7'],
    ['9.96 -9.96 0.96 -0.96', '10 -10 1 -1'],
    ['0.04 -0.04 -0.06 1.04 1.10', '0 0 -0.1 1 1.1'],
    ['1.15 1.25 -1.25 2.35 1.4999999999999999 1.14', '1.2 1.3 -1.2 2.4 1.5 1.1'],
    ['9.9 12 -3.5 1e-7 matrix(1 0 0 1 10.333333 -4.2)', '9.9 12 -3.5 1e-7 matrix(1 0 0 1 10.3 -4.2)'],
    ['007.123 12345678901234567.89 1.23.456 --1.234 3-4.567', '7.1 12345678901234568 1.2.456 --1.2 3-4.6'],
  ])('%s → %s', (value, rounded) => {
    expect(roundDecimals(value)).toBe(rounded);
    expect(byArithmetic(value)).toBe(rounded);
  });

  it('writes what rounding by arithmetic writes, over 100,000 generated values', () => {
    const random = seeded(20251128);
    const pick = <T,>(items: T[]) => items[Math.floor(random() * items.length)]!;
    const number = () => `${random() < 0.3 ? '-' : ''}${Math.floor(random() * pick([10, 1000, 1e7]))}.${String(Math.floor(random() * 10 ** (1 + Math.floor(random() * 7)))).padStart(1 + Math.floor(random() * 3), '0')}`;
    const mismatches: string[] = [];
    for (let n = 0; n < 100_000; n++) {
      const parts = Array.from({ length: 1 + Math.floor(random() * 6) }, () => (random() < 0.6 ? number() : pick(['-', '.', ' ', ',', 'M', 'L', '0', '00', '9.9', 'e-5', '--'])));
      const value = parts.join(random() < 0.5 ? ' ' : '');
      if (roundDecimals(value) !== byArithmetic(value)) mismatches.push(value);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});

describe('roundCoordinates', () => {
  it('rounds geometry attributes and leaves text, colours and other attributes as they are', () => {
    const svg = '<svg width="640.125" height="400"><path d="M0.125,1.75L2.3456,3" fill="#1f5fa8" opacity="0.55"/><text x="10.04" y="-2.96">83.86 1.234</text></svg>';
    expect(roundCoordinates(svg)).toBe('<svg width="640.1" height="400"><path d="M0.1,1.8L2.3,3" fill="#1f5fa8" opacity="0.55"/><text x="10" y="-3">83.86 1.234</text></svg>');
  });
});
