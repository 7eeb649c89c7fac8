import { describe, expect, it } from 'vitest';
import { hasSeries, placesOf, scaleEnd, scoreAxis, seriesRows } from '../../../src/figures/indicator-shape.ts';
import type { FigureRow } from '../../../src/queries/figure-rows.ts';

const row = (unit_id: string, period: string, value: number | null, kind = 'actual'): FigureRow => ({
  obs_id: `${unit_id}-${period}-${kind}`, indicator_id: 'x', indicator_name_vi: 'x', indicator_name_en: 'x', indicator_unit: 'percent',
  unit_id, unit_name_vi: unit_id, unit_name_en: unit_id, unit_level: 'province', period, period_start: `${period}-01-01`, period_end: `${period}-12-31`,
  kind, comparator: kind === 'target' ? '>=' : null, value, rank: null, rank_of: null, as_of: null, note_en: null, note_vi: null,
  source_id: 's', source_publisher_en: 'S', source_publisher_vi: 'S', source_title: 't', source_published: null, source_url: null,
});

describe('placesOf', () => {
  it('takes the rank universe from the metadata first', () => {
    expect(placesOf({ rank_of: 63, rank_level: 'province' }, [{ unit_level: 'province', rank_of: 62 }])).toBe(63);
  });
  it('else from what a source of the period states for a ranked unit', () => {
    expect(placesOf({ rank_of: null, rank_level: 'department' }, [{ unit_level: 'department', rank_of: 22 }, { unit_level: 'department', rank_of: null }])).toBe(22);
  });
  it('else none: the places cannot be drawn', () => {
    expect(placesOf({ rank_of: null, rank_level: 'department' }, [{ unit_level: 'department', rank_of: null }, { unit_level: 'bloc', rank_of: 22 }])).toBeNull();
  });
});

describe('seriesRows and hasSeries', () => {
  const rows = [row('ha-noi', '2022', 90), row('ha-noi', '2023', 91), row('hai-phong', '2023', 92), row('vn', '2022', null)];
  it('keeps, for a ranked indicator, the units with figures in two periods or more', () => {
    expect(seriesRows({ rank_level: 'province' }, rows).map((r) => r.unit_id)).toEqual(['ha-noi', 'ha-noi']);
  });
  it('keeps every unit with a value for an indicator that ranks nothing', () => {
    expect(seriesRows({ rank_level: null }, rows).map((r) => r.unit_id)).toEqual(['ha-noi', 'ha-noi', 'hai-phong']);
  });
  it('puts the city first, then the national average, then the units with the most periods, the rows of a unit together', () => {
    const many = [row('hai-phong', '2022', 90), row('quang-ninh', '2022', 91), row('vn', '2023', 85), row('quang-ninh', '2023', 92), row('quang-ninh', '2024', 93), row('ha-noi', '2023', 92), row('hai-phong', '2023', 91), { ...row('vn', '2022', 84), unit_level: 'country' }, row('ha-noi', '2024', 93)].map((r) => (r.unit_id === 'vn' ? { ...r, unit_level: 'country' } : r));
    expect(seriesRows({ rank_level: 'province' }, many).map((r) => `${r.unit_id} ${r.period}`)).toEqual(['ha-noi 2023', 'ha-noi 2024', 'vn 2023', 'vn 2022', 'quang-ninh 2022', 'quang-ninh 2023', 'quang-ninh 2024', 'hai-phong 2022', 'hai-phong 2023']);
  });
  it('has a series with two periods, or with a target', () => {
    expect(hasSeries([row('a', '2022', 1)])).toBe(false);
    expect(hasSeries([row('a', '2022', 1), row('a', '2023', 1)])).toBe(true);
    expect(hasSeries([row('a', '2022', 1), row('a', '2022', 2, 'target')])).toBe(true);
  });
});

describe('scaleEnd and scoreAxis', () => {
  it('ends an axis at the top of the scale, or a little above the highest value', () => {
    expect(scaleEnd({ scale_max: 80 }, [43.7])).toBe(80);
    expect(scaleEnd({ scale_max: null }, [2000])).toBe(2200);
    expect(scaleEnd({ scale_max: null }, [])).toBe(100);
  });
  it('starts a ranking axis at the multiple of five under the lowest score, never before the scale', () => {
    expect(scoreAxis({ scale_min: 0, scale_max: 100 }, [91.61, 83.2])).toEqual([80, 100]);
    expect(scoreAxis({ scale_min: 0, scale_max: 80 }, [43.7, 38.4])).toEqual([35, 80]);
    expect(scoreAxis({ scale_min: 0, scale_max: 100 }, [0.5])).toEqual([0, 100]);
    // A score at the top of the scale still leaves an axis to draw.
    expect(scoreAxis({ scale_min: 0, scale_max: 100 }, [100])).toEqual([95, 100]);
  });
});
