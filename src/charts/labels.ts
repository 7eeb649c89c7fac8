import type { RenderFunction } from '@observablehq/plot';
import { CHART_FONT_SIZE, textWidth } from './layout.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** A text label tied to a point of the chart, in the chart's data coordinates. */
export interface LabelSpec {
  x: unknown;
  y: unknown;
  text: string;
  fill: string;
  /** Lower is placed first and so gets its preferred place. */
  priority?: number;
  /** Sides to try first, in order; every side is tried before the label is shifted further. */
  prefer?: Side[];
  bold?: boolean;
  /** A label that names what would otherwise be unnamed: with no free place, it takes the least crowded one. */
  required?: boolean;
  /** A long label may take two lines. */
  wrap?: boolean;
}

export type Side = 'right' | 'left' | 'above' | 'below';

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PlacedLabel {
  spec: LabelSpec;
  /** The label's text, on two lines when it is long for the chart. */
  lines: string[];
  /** The point the label belongs to, when the label was moved away from it (a leader line joins them). */
  from?: { x: number; y: number };
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface PlaceOptions {
  /** Where labels may go: the plot frame, and any margin without axis text. */
  bounds: Box;
  /** Points that labels must not cover (the dots and diamonds), in pixels. */
  points: { x: number; y: number; r: number }[];
  /** Boxes already taken (other text), in pixels. */
  taken?: Box[];
  size?: number;
}

const GAP = 7;

/** A label longer than maxWidth on two lines: between two sources' values, or at the space nearest its middle. */
function labelLines(text: string, maxWidth: number, size: number): string[] {
  if (textWidth(text, size) <= maxWidth || !text.includes(' ')) return [text];
  const values = text.indexOf(' / ');
  if (values > 0) return [`${text.slice(0, values)} /`, text.slice(values + 3)];
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index!);
  const middle = spaces.reduce((best, i) => (Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2) ? i : best));
  return [text.slice(0, middle), text.slice(middle + 1)];
}
const SHIFTS = [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6, -7, 7, -8, 8, -9, 9, -10, 10];
/** Up or down by at most half a line: still level with its point, with no leader line. */
const BESIDE_SHIFTS = SHIFTS.slice(0, 3);
/** Up or down by at most a line. */
const NEAR_SHIFTS = SHIFTS.slice(0, 5);
/** Space between two labels stacked in a column, in pixels. */
const STACK_GAP = 3;
/** Points at most this far apart across are one bunch, whose labels may share a column. */
const BUNCH_GAP = 24;

const overlaps = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0;
const inside = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

/**
 * Places labels beside their points so that no two overlap, none covers a point and all stay in
 * the bounds: each tries its preferred side, then the others, then shifts up and down in steps of
 * half a line, by at most a line. An optional label with no free place there is left out (its value
 * stays in the tooltip and the data table) rather than drawn over another. A required one with no
 * place level with its point is moved further, with a leader line: the labels of points bunched
 * together into a column beside them, in the order of their points. Returns the labels placed, in pixels.
 */
export function placeLabels(labels: { px: number; py: number; spec: LabelSpec }[], { bounds, points, taken = [], size = CHART_FONT_SIZE }: PlaceOptions): PlacedLabel[] {
  const lineHeight = size * 1.3;
  const occupied: Box[] = [...taken, ...points.map((p) => ({ left: p.x - p.r, right: p.x + p.r, top: p.y - p.r, bottom: p.y + p.r }))];
  const placed: PlacedLabel[] = [];
  const accept = (label: PlacedLabel) => {
    occupied.push(label.box);
    placed.push(label);
  };
  const free = (box: Box) => inside(box, bounds) && !occupied.some((b) => overlaps(b, box));
  // Labels that must be shown go first, so that one with no free place never lands on an optional one.
  const order: Sized[] = [...labels]
    .sort((a, b) => Number(!!b.spec.required) - Number(!!a.spec.required) || (a.spec.priority ?? 0) - (b.spec.priority ?? 0))
    .map(({ px, py, spec }) => {
      const lines = spec.wrap ? labelLines(spec.text, (bounds.right - bounds.left) * 0.45, size) : [spec.text];
      const width = Math.max(...lines.map((line) => textWidth(line, size))) * (spec.bold ? 1.08 : 1) + 2;
      const sides: Side[] = [...new Set([...(spec.prefer ?? []), 'right', 'left', 'above', 'below'] as Side[])];
      return { px, py, spec, lines, width, height: lineHeight * lines.length, sides };
    });

  /** The first free place, trying each side at each shift up or down in half lines. */
  const search = (label: Sized, shifts: number[]): PlacedLabel | undefined => {
    for (const shift of shifts) {
      for (const side of label.sides) {
        // A label moved up or down stays beside its point, not above or below it.
        if (shift !== 0 && (side === 'above' || side === 'below')) continue;
        const dy = shift * lineHeight * 0.5;
        const candidate = position(side, label.px, label.py + dy, label.width, label.height);
        if (free(candidate.box)) return { spec: label.spec, lines: label.lines, ...candidate, ...(Math.abs(dy) > lineHeight * 0.6 ? { from: { x: label.px, y: label.py } } : {}) };
      }
    }
    return undefined;
  };

  /** No free place: the place beside the point that covers the least of what is there. */
  const leastCovered = (label: Sized): PlacedLabel => {
    const covered = (box: Box) => occupied.reduce((sum, b) => sum + Math.max(0, Math.min(box.right, b.right) - Math.max(box.left, b.left)) * Math.max(0, Math.min(box.bottom, b.bottom) - Math.max(box.top, b.top)), 0);
    // Inside the chart if at all possible: text outside its SVG is cut off.
    const beside = label.sides.map((side) => position(side, label.px, label.py, label.width, label.height));
    const shifted = SHIFTS.flatMap((shift) => (['right', 'left'] as const).map((side) => ({ ...position(side, label.px, label.py + shift * lineHeight * 0.5, label.width, label.height), shift })));
    const within = [...beside.map((c) => ({ ...c, shift: 0 })), ...shifted].filter((c) => inside(c.box, bounds));
    const best = (within.length > 0 ? within : beside.map((c) => ({ ...c, shift: 0 }))).sort((a, b) => covered(a.box) - covered(b.box) || Math.abs(a.shift) - Math.abs(b.shift))[0]!;
    const { shift, ...place } = best;
    return { spec: label.spec, lines: label.lines, ...place, ...(Math.abs(shift * lineHeight * 0.5) > lineHeight * 0.6 ? { from: { x: label.px, y: label.py } } : {}) };
  };

  /**
   * Labels of points bunched together, in a column beside them in the order of their points, each
   * joined to its point: moved one by one, up and down in turn, their leader lines cross.
   */
  const column = (bunch: Sized[]): PlacedLabel[] | undefined => {
    const sorted = [...bunch].sort((a, b) => a.py - b.py);
    for (const side of ['right', 'left'] as const) {
      const edge = side === 'right' ? Math.max(...sorted.map((l) => l.px)) + GAP : Math.min(...sorted.map((l) => l.px)) - GAP;
      // Each label at its point's height, or a little below the one above it (a line's box is
      // snug, and accents reach above it); the column pulled up to end inside the bounds.
      let bottom = -Infinity;
      const ys = sorted.map((l) => {
        const top = Math.max(l.py - l.height / 2, bottom + STACK_GAP);
        bottom = top + l.height;
        return top + l.height / 2;
      });
      const lift = Math.max(0, bottom - bounds.bottom);
      const stacked = sorted.map((l, i) => ({ spec: l.spec, lines: l.lines, ...position(side, edge, ys[i]! - lift, l.width, l.height), from: { x: l.px, y: l.py } }));
      if (stacked.every((label, i) => free(label.box) && stacked.slice(0, i).every((other) => !overlaps(other.box, label.box)))) return stacked;
    }
    return undefined;
  };

  const far: Sized[] = [];
  const beside = new Map<Sized, PlacedLabel>();
  for (const label of order.filter((l) => l.spec.required)) {
    const found = search(label, BESIDE_SHIFTS);
    if (found) {
      accept(found);
      beside.set(label, found);
    } else far.push(label);
  }
  // Required labels with no place level with their point: those of a bunch of points go into a
  // column with the labels of that bunch placed beside their points (which otherwise take the
  // column's room); any other is moved further up or down, or takes the place that covers least.
  for (const bunch of bunches(far)) {
    const [from, to] = [bunch[0]!.px - BUNCH_GAP, bunch.at(-1)!.px + BUNCH_GAP];
    const neighbours = [...beside.keys()].filter((l) => l.px >= from && l.px <= to);
    // Withdrawn once: a label between two bunches is placed again with the first.
    for (const label of neighbours) {
      const withdrawn = beside.get(label)!;
      beside.delete(label);
      occupied.splice(occupied.indexOf(withdrawn.box), 1);
      placed.splice(placed.indexOf(withdrawn), 1);
    }
    const stacked = bunch.length + neighbours.length > 1 ? column([...bunch, ...neighbours]) : undefined;
    if (stacked) stacked.forEach(accept);
    // No room for a column: the bunch's labels one by one in their order, each moved as far as it must.
    else for (const label of order.filter((l) => bunch.includes(l) || neighbours.includes(l))) accept(search(label, SHIFTS) ?? leastCovered(label));
  }
  // An optional label is shown near its point or not at all: moved further, on a crowded chart,
  // it ends up beside other points, and its value is in the tooltip and the table anyway.
  for (const label of order.filter((l) => !l.spec.required)) {
    const found = search(label, NEAR_SHIFTS);
    if (found) accept(found);
  }
  return placed;
}

/** A label with its lines and size worked out, and the sides it may take in order. */
interface Sized {
  px: number;
  py: number;
  spec: LabelSpec;
  lines: string[];
  width: number;
  height: number;
  sides: Side[];
}

/** Labels whose points are within a few pixels of each other across, from left to right. */
function bunches(labels: Sized[]): Sized[][] {
  const groups: Sized[][] = [];
  for (const label of [...labels].sort((a, b) => a.px - b.px)) {
    const last = groups.at(-1);
    if (last && label.px - last.at(-1)!.px <= BUNCH_GAP) last.push(label);
    else groups.push([label]);
  }
  return groups;
}

function position(side: Side, x: number, y: number, width: number, height: number): Omit<PlacedLabel, 'spec' | 'lines'> {
  switch (side) {
    case 'right':
      return { x: x + GAP, y, anchor: 'start', box: { left: x + GAP, right: x + GAP + width, top: y - height / 2, bottom: y + height / 2 } };
    case 'left':
      return { x: x - GAP, y, anchor: 'end', box: { left: x - GAP - width, right: x - GAP, top: y - height / 2, bottom: y + height / 2 } };
    case 'above':
      return { x, y: y - GAP - height / 2, anchor: 'middle', box: { left: x - width / 2, right: x + width / 2, top: y - GAP - height, bottom: y - GAP } };
    case 'below':
      return { x, y: y + GAP + height / 2, anchor: 'middle', box: { left: x - width / 2, right: x + width / 2, top: y + GAP, bottom: y + GAP + height } };
  }
}

export interface LabelMarkOptions {
  /** Radius of the points the labels must not cover; 0 when labels sit on areas (a map's units). */
  pointRadius?: number;
  /** Labels are at longitude (x) and latitude (y), placed through the chart's projection. */
  projected?: boolean;
  /** Extra points to keep clear of (targets, other series), in data coordinates. */
  avoid?: { x: unknown; y: unknown }[];
  /** Whether labels may use the right margin (no axis there). */
  useRightMargin?: boolean;
  useTopMargin?: boolean;
  /** Text that other marks draw (a heading row, a note at the start of a row): labels keep clear of it. */
  texts?: FixedText[];
  /** Other areas labels keep clear of (an inset), in pixels. */
  keepClear?: Box[];
}

/** A text drawn by another mark, at a point of the chart (data coordinates) and offset in pixels. */
export interface FixedText {
  x: unknown;
  y: unknown;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  dx?: number;
  dy?: number;
}

/**
 * A Plot mark that draws labels beside their points without overlaps, using the chart's own
 * scales (so it places them the same at build time and in the browser). Text gets a white halo,
 * so a line or a rule passing under a label never runs through it.
 */
export function labelMark(labels: LabelSpec[], { pointRadius = 5, projected = false, avoid = [], useRightMargin = true, useTopMargin = false, texts = [], keepClear = [] }: LabelMarkOptions = {}): RenderFunction {
  return (_index, scales, _values, dimensions, context) => {
    const doc = context.document;
    let at: (x: unknown, y: unknown) => { x: number; y: number };
    if (projected) {
      // Plot hands marks its projection as a geometry stream: a point goes in, its pixels come out.
      const stream = (context as unknown as { projection: { stream(sink: object): { point(x: number, y: number): void } } }).projection.stream;
      at = (lon, lat) => {
        let out = { x: NaN, y: NaN };
        stream({ point: (x: number, y: number) => (out = { x, y }), lineStart() {}, lineEnd() {}, polygonStart() {}, polygonEnd() {}, sphere() {} }).point(lon as number, lat as number);
        return out;
      };
    } else {
      const sx = scales.x as unknown as (v: unknown) => number;
      const sy = scales.y as unknown as (v: unknown) => number;
      // A band scale gives the start of its band; the label belongs to the band's middle.
      const band = (scales as unknown as { scales: Record<string, { bandwidth?: number } | undefined> }).scales;
      const [bx, by] = [(band.x?.bandwidth ?? 0) / 2, (band.y?.bandwidth ?? 0) / 2];
      at = (x, y) => ({ x: sx(x) + bx, y: sy(y) + by });
    }
    const { width, height, marginLeft, marginRight, marginTop, marginBottom } = dimensions;
    const bounds = { left: marginLeft, right: width - (useRightMargin ? 2 : marginRight), top: useTopMargin ? 2 : marginTop, bottom: height - marginBottom };
    const points = pointRadius > 0 ? [...labels, ...avoid].map((p) => ({ ...at(p.x, p.y), r: pointRadius + 1 })) : [];
    const taken = texts.map((fixed) => {
      const p = at(fixed.x, fixed.y);
      const [x, y, width, half] = [p.x + (fixed.dx ?? 0), p.y + (fixed.dy ?? 0), textWidth(fixed.text), (CHART_FONT_SIZE * 1.3) / 2];
      const left = fixed.anchor === 'start' ? x : fixed.anchor === 'end' ? x - width : x - width / 2;
      return { left, right: left + width, top: y - half, bottom: y + half };
    });
    const placed = placeLabels(labels.map((spec) => {
      const p = at(spec.x, spec.y);
      return { px: p.x, py: p.y, spec };
    }), { bounds, points, taken: [...taken, ...keepClear] });
    const g = doc.createElementNS(SVG, 'g');
    g.setAttribute('font-variant-numeric', 'tabular-nums');
    // A label moved off its point's line is joined to its point, by a line with a white edge so that
    // it shows over a map's dark fills as well as on white; all lines go under all labels.
    for (const { from, anchor, box, x, y } of placed) {
      if (!from) continue;
      const edge = anchor === 'start' ? box.left : anchor === 'end' ? box.right : x;
      for (const [stroke, width] of [['white', '2.4'], ['#6f6f6f', '0.8']] as const) {
        const line = doc.createElementNS(SVG, 'line');
        line.setAttribute('x1', String(from.x));
        line.setAttribute('y1', String(from.y));
        line.setAttribute('x2', String(edge));
        line.setAttribute('y2', String(y));
        line.setAttribute('stroke', stroke);
        line.setAttribute('stroke-width', width);
        g.append(line);
      }
    }
    for (const label of placed) {
      const { spec } = label;
      const text = doc.createElementNS(SVG, 'text');
      text.setAttribute('x', String(label.x));
      text.setAttribute('y', String(label.y));
      text.setAttribute('text-anchor', label.anchor);
      text.setAttribute('fill', spec.fill);
      text.setAttribute('stroke', 'white');
      text.setAttribute('stroke-width', '3');
      text.setAttribute('paint-order', 'stroke');
      if (spec.bold) text.setAttribute('font-weight', '600');
      label.lines.forEach((line, i) => {
        const span = doc.createElementNS(SVG, 'tspan');
        span.setAttribute('x', String(label.x));
        // Lines are centred on the label's middle.
        span.setAttribute('dy', i === 0 ? `${(0.35 - ((label.lines.length - 1) * 1.3) / 2).toFixed(2)}em` : '1.3em');
        span.textContent = line;
        text.append(span);
      });
      g.append(text);
    }
    return g as unknown as SVGElement;
  };
}
