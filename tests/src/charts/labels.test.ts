import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelSpec } from '../../../src/charts/labels.ts';

const bounds = { left: 0, right: 300, top: 0, bottom: 200 };
const label = (text: string, extra: Partial<LabelSpec> = {}): LabelSpec => ({ x: 0, y: 0, text, fill: '#000', ...extra });
const overlap = (a: { box: { left: number; right: number; top: number; bottom: number } }, b: typeof a) =>
  Math.min(a.box.right, b.box.right) > Math.max(a.box.left, b.box.left) && Math.min(a.box.bottom, b.box.bottom) > Math.max(a.box.top, b.box.top);

describe('placeLabels', () => {
  it('puts each label on a free side of its point, inside the bounds, overlapping none', () => {
    const placed = placeLabels(['A 95,2', 'B 94', 'C 93,01'].map((text) => ({ px: 150, py: 100, spec: label(text) })), { bounds, points: [{ x: 150, y: 100, r: 5 }] });
    expect(placed.map((p) => p.anchor).slice(0, 2)).toEqual(['start', 'end']);
    expect(placed).toHaveLength(3);
    for (const [i, a] of placed.entries()) {
      expect(a.box.left).toBeGreaterThanOrEqual(bounds.left);
      expect(a.box.right).toBeLessThanOrEqual(bounds.right);
      for (const b of placed.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    }
  });

  it('leaves out an optional label with no free place within a line of its point, and moves a required one further with a leader line', () => {
    // A row of text above, beside and below the point: the nearest free place is two lines away.
    const taken = [{ left: 0, right: 300, top: 70, bottom: 130 }];
    const optional = placeLabels([{ px: 150, py: 100, spec: label('Cầu Giấy 95,22') }], { bounds, points: [], taken });
    expect(optional).toEqual([]);
    const [required] = placeLabels([{ px: 150, py: 100, spec: label('Cầu Giấy 95,22', { required: true }) }], { bounds, points: [], taken });
    expect(required).toBeDefined();
    expect(required!.box.bottom <= 70 || required!.box.top >= 130).toBe(true);
    expect(required!.from).toEqual({ x: 150, y: 100 });
  });

  it('stacks the required labels of bunched points in a column beside them, in the order of their points, so their leader lines never cross', () => {
    // Six series' only figures in one month, a few pixels apart: too close for each label to sit level with its point.
    const values = [12.1, 4.8, 2.7, 10.1, 8.8, 9.4];
    const points = values.map((v, i) => ({ x: 150 + (i % 2), y: 180 - v * 3, r: 6 }));
    const placed = placeLabels(values.map((v, i) => ({ px: points[i]!.x, py: points[i]!.y, spec: label(`${'ABCDEF'[i]} ${v}`, { required: true }) })), { bounds, points });
    expect(placed).toHaveLength(6);
    const byPoint = [...placed].sort((a, b) => a.from!.y - b.from!.y);
    // In the column, top to bottom, the labels follow their points top to bottom.
    expect(byPoint.map((p) => p.y)).toEqual([...byPoint.map((p) => p.y)].sort((a, b) => a - b));
    expect(new Set(placed.map((p) => p.x)).size).toBe(1);
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlap(a, b)).toBe(false);
  });
});
