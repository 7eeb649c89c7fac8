import { describe, expect, it } from 'vitest';
import { bounded, drawnFirst, firstSeries } from '../../../src/lib/bounds.ts';

const row = (series: string, period: number) => ({ series, period });

describe('bounded', () => {
  it('keeps the first rows up to the limit and counts them all', () => {
    expect(bounded([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], total: 5 });
  });

  it('keeps a list within the limit whole', () => {
    expect(bounded([1, 2], 3)).toEqual({ shown: [1, 2], total: 2 });
    expect(bounded([], 3)).toEqual({ shown: [], total: 0 });
  });
});

describe('firstSeries', () => {
  const key = (r: { series: string }) => r.series;

  it('draws whole series in the order they first appear while their points fit', () => {
    const rows = [row('a', 1), row('a', 2), row('b', 1), row('b', 2), row('c', 1), row('c', 2)];
    const drawn = firstSeries(rows, key, 5);
    expect(drawn.shown).toEqual(rows.slice(0, 4));
    expect(drawn).toMatchObject({ series: 3, shownSeries: 2, partial: false });
  });

  it('stops at the first series that does not fit, not skipping to a shorter one after it', () => {
    const rows = [row('a', 1), row('b', 1), row('b', 2), row('b', 3), row('c', 1)];
    expect(firstSeries(rows, key, 3).shown).toEqual([row('a', 1)]);
  });

  it('keeps the rows in their own order when a series is not contiguous', () => {
    const rows = [row('a', 1), row('b', 1), row('a', 2), row('c', 1), row('b', 2)];
    expect(firstSeries(rows, key, 4).shown).toEqual([row('a', 1), row('b', 1), row('a', 2), row('b', 2)]);
  });

  it('draws the last points of a first series longer than the limit, and says it is partial', () => {
    const rows = [1, 2, 3, 4, 5].map((p) => row('a', p));
    expect(firstSeries([...rows, row('b', 1)], key, 2)).toEqual({ shown: [row('a', 4), row('a', 5)], series: 2, shownSeries: 1, partial: true });
  });

  it('draws everything that fits', () => {
    const rows = [row('a', 1), row('b', 1)];
    expect(firstSeries(rows, key, 40)).toEqual({ shown: rows, series: 2, shownSeries: 2, partial: false });
    expect(firstSeries([], key, 40)).toEqual({ shown: [], series: 0, shownSeries: 0, partial: false });
  });
});

describe('drawnFirst', () => {
  it('puts the drawn rows first, in their order, then the others in theirs', () => {
    const rows = [1, 2, 3, 4, 5];
    expect(drawnFirst(rows, [4, 5])).toEqual([4, 5, 1, 2, 3]);
    expect(drawnFirst(rows, rows)).toEqual(rows);
  });
});
