import { describe, expect, it } from 'vitest';
import { RecentMap } from '../../../src/lib/recent-map.ts';

describe('RecentMap', () => {
  it('lets go of the least recently used entry beyond its capacity', () => {
    const map = new RecentMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    expect(map.get('a')).toBe(1); // a is now the most recent
    map.set('c', 3);
    expect([map.get('a'), map.get('b'), map.get('c')]).toEqual([1, undefined, 3]);
    expect(map.size).toBe(2);
  });

  it('weighs entries: an answer of many rows takes the place of several small ones', () => {
    const map = new RecentMap<string, number[]>(5, (rows) => rows.length);
    map.set('small-1', [1]);
    map.set('small-2', [2]);
    map.set('long', [1, 2, 3, 4]);
    expect([map.get('small-1'), map.get('small-2'), map.get('long')]).toEqual([undefined, [2], [1, 2, 3, 4]]);
  });

  it('keeps nothing heavier than its whole capacity, and nothing else is lost for it', () => {
    const map = new RecentMap<string, number[]>(3, (rows) => rows.length);
    map.set('kept', [1]);
    map.set('huge', [1, 2, 3, 4]);
    expect([map.get('kept'), map.get('huge')]).toEqual([[1], undefined]);
  });

  it('makes a value once while it is kept', () => {
    const map = new RecentMap<string, object>(1);
    let made = 0;
    const make = () => ({ made: (made += 1) });
    const first = map.remember('x', make);
    expect(map.remember('x', make)).toBe(first);
    map.remember('y', make);
    expect(map.remember('x', make)).not.toBe(first);
    expect(made).toBe(3);
  });

  it('refuses a capacity that keeps nothing', () => {
    expect(() => new RecentMap(0)).toThrow(/expected a capacity above 0, got 0/);
  });
});
