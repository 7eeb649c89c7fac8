import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/charts/layout.ts';
import { timeAxis, timeTickFormat } from '../../../src/charts/time-ticks.ts';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const labels = (lang: 'vi' | 'en', isos: string[]) => {
  const ticks = isos.map(utc);
  return ticks.map((d, i) => timeTickFormat(lang)(d, i, ticks));
};

describe('timeTickFormat', () => {
  it('labels year ticks with the year alone', () => {
    expect(labels('vi', ['2023-01-01', '2024-01-01'])).toEqual(['2023', '2024']);
  });

  it('labels every tick with its month once one tick falls inside a year, in the page language', () => {
    expect(labels('vi', ['2024-01-01', '2024-07-01', '2025-01-01'])).toEqual(['1/2024', '7/2024', '1/2025']);
    expect(labels('en', ['2024-01-01', '2024-07-01'])).toEqual(['Jan 2024', 'Jul 2024']);
  });

  it('labels day ticks with the day', () => {
    expect(labels('vi', ['2025-07-01', '2025-07-15'])).toEqual(['1/7/2025', '15/7/2025']);
  });
});

describe('timeAxis', () => {
  const year: [Date, Date] = [utc('2024-04-15'), utc('2025-06-15')];
  const labelled = (lang: 'vi' | 'en', domain: [Date, Date], width: number) => {
    const { ticks, tickFormat } = timeAxis(lang, domain, width);
    return ticks.map((d, i) => tickFormat(d, i, ticks));
  };

  it('labels each month where the labels fit, and thins them where they would not', () => {
    expect(labelled('vi', year, 2000)).toHaveLength(14);
    expect(labelled('vi', year, 2000)[0]).toBe('5/2024');
    const narrow = labelled('en', year, 300);
    expect(narrow.length).toBeGreaterThan(1);
    expect(narrow.length).toBeLessThan(14);
    expect(narrow.length * (Math.max(...narrow.map((l) => textWidth(l))) + 12)).toBeLessThanOrEqual(300);
  });

  it('falls back to years on a long axis, and to days on a short one', () => {
    expect(labelled('vi', [utc('2010-03-01'), utc('2025-03-01')], 400).every((l) => /^\d{4}$/.test(l))).toBe(true);
    expect(labelled('vi', [utc('2025-06-28'), utc('2025-07-20')], 600)[0]).toBe('1/7/2025');
  });
});

describe('timeAxis at the ends of the axis', () => {
  it('leaves out a tick whose label would stick out past either end', () => {
    // 2016-01-01 is 2% along this axis: its label, centred there, would run past the start.
    const domain: [Date, Date] = [utc('2015-11-01'), utc('2026-12-31')];
    const width = 276;
    const { ticks, tickFormat } = timeAxis('vi', domain, width);
    expect(ticks.length).toBeGreaterThan(1);
    for (const [i, d] of ticks.entries()) {
      const x = ((d.getTime() - domain[0].getTime()) / (domain[1].getTime() - domain[0].getTime())) * width;
      const half = textWidth(tickFormat(d, i, ticks)) / 2;
      expect(x - half).toBeGreaterThanOrEqual(0);
      expect(x + half).toBeLessThanOrEqual(width);
    }
    expect(ticks.map((d, i) => tickFormat(d, i, ticks))).not.toContain('2016');
  });
});
