import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { finishChart } from './finish.ts';
import { roundCoordinates } from './round-coordinates.ts';
import { CHART_FONT_SIZE } from './layout.ts';
import { FONT } from './theme.ts';

const POLYGON_PATH = /^[ML\d.,\-eZ]+$/;

/**
 * A polygon outline (absolute M/L/Z, as map shapes are drawn) rewritten with relative moves on a
 * whole-unit grid: a map's paths are most of a page's bytes, and a shape drawn 800 units wide loses
 * nothing visible at whole units. Rounding follows the absolute points, so errors never add up.
 */
export function compactPolygon(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = '';
  for (const [, op, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (op === 'Z') {
      out += 'z';
      [x, y, command] = [startX, startY, ''];
      continue;
    }
    const [px, py] = args!.split(',').map((v) => Math.round(Number(v)));
    const dx = px! - x;
    const dy = py! - y;
    if (op === 'L' && dx === 0 && dy === 0) continue;
    const pair = `${dx},${dy}`;
    const next = op === 'M' ? 'm' : 'l';
    out += next === command ? `${pair.startsWith('-') ? '' : ' '}${pair}` : `${next}${pair}`;
    command = next === 'm' ? 'l' : next; // after a move, further pairs are lines
    [x, y] = [px!, py!];
    if (op === 'M') [startX, startY] = [px!, py!];
  }
  return out;
}

/** Gives every id inside one chart's SVG a prefix, with its references, so that no two charts on a page share an id. */
export function scopeIds(svg: string, prefix: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  let scoped = svg;
  for (const id of ids) scoped = scoped.replaceAll(`id="${id}"`, `id="${prefix}-${id}"`).replaceAll(`url(#${id})`, `url(#${prefix}-${id})`).replaceAll(`href="#${id}"`, `href="#${prefix}-${id}"`);
  return scoped;
}

/**
 * A Plot chart as an element of a document, in the charts' type and made one image for assistive
 * technology (or a group of links); the browser puts it in the page as it is.
 */
export function plotElement(spec: Plot.PlotOptions, document: Document): Element {
  return finishChart(Plot.plot({ ...spec, document, style: { fontSize: `${CHART_FONT_SIZE}px`, fontFamily: FONT.family } }));
}

/** Gives every id inside a drawn chart a prefix, with the references to it (see scopeIds). */
export function scopeElementIds(chart: Element, prefix: string): void {
  const ids = [...chart.querySelectorAll('[id]')].map((element) => element.id);
  if (ids.length === 0) return;
  for (const element of chart.querySelectorAll('[id]')) element.id = `${prefix}-${element.id}`;
  for (const element of chart.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      let value = attribute.value;
      for (const id of ids) value = value === `#${id}` ? `#${prefix}-${id}` : value.replaceAll(`url(#${id})`, `url(#${prefix}-${id})`);
      if (value !== attribute.value) element.setAttribute(attribute.name, value);
    }
  }
}

/**
 * Attribute values written as XML wants them: linkedom leaves & and < as they are in attributes
 * (an accessible name "North Central & Central Coast"), which HTML forgives but an SVG file, and
 * the preview images drawn from it, do not.
 */
export function xmlAttributes(svg: string): string {
  // Only values with one of the three characters are rewritten: a chart has thousands of attributes and few such values.
  return svg.replace(/="([^"&<>]*[&<>][^"]*)"/g, (_, value: string) => `="${value.replace(/&(?!(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')}"`);
}

/** Draws charts as SVG text, with a DOM: linkedom at build time, the page's own in the browser. */
export interface ChartRenderer {
  /** One chart; ids inside it get idPrefix, which must be unique on the page. */
  svg(spec: Plot.PlotOptions, idPrefix: string): string;
}

/** One chart as SVG text, its ids not yet scoped. */
function drawSvg(spec: Plot.PlotOptions, document: Document): string {
  const svg = xmlAttributes(plotElement(spec, document).outerHTML);
  const compact = svg.replace(/\sd="([^"]*)"/g, (whole, d: string) => (POLYGON_PATH.test(d) && d.length > 200 ? ` d="${compactPolygon(d)}"` : whole));
  return roundCoordinates(compact);
}

/** The DOM a renderer draws into; at build time linkedom stands in for the browser's. */
export function rendererFor(document: Document): ChartRenderer {
  return { svg: (spec, idPrefix) => scopeIds(drawSvg(spec, document), idPrefix) };
}

let buildDocument: Document | undefined;
const buildTimeDocument = () => (buildDocument ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document);

let buildRenderer: ChartRenderer | undefined;
/** The renderer the build uses. */
export function buildTimeRenderer(): ChartRenderer {
  buildRenderer ??= rendererFor(buildTimeDocument());
  return buildRenderer;
}

/** Keeps a chart's drawing of one width, or draws it: `draw` when nothing is kept. */
export type KeepDrawing = (width: number, draw: () => string) => string;

/**
 * A build-time renderer for the charts of one figure instance in one language, which differ only
 * by layout, and layouts by width: each width is drawn once, and a later chart of that width (the
 * embed page's, the picture's, the link preview's) is the same drawing with its own id prefix.
 * `keep` may keep each width's drawing beyond this renderer (the build keeps it for the instance's
 * later routes, see src/figures/render-build.ts).
 */
export function instanceChartRenderer(keep: KeepDrawing = (_width, draw) => draw()): ChartRenderer {
  const drawn = new Map<number, string>();
  return {
    svg(spec, idPrefix) {
      const width = spec.width;
      if (width === undefined) return buildTimeRenderer().svg(spec, idPrefix);
      let svg = drawn.get(width);
      if (svg === undefined) drawn.set(width, (svg = keep(width, () => drawSvg(spec, buildTimeDocument()))));
      return scopeIds(svg, idPrefix);
    },
  };
}

/** Renders a Plot spec to an SVG string at build time. */
export const renderSvg = (spec: Plot.PlotOptions, idPrefix = 'chart') => buildTimeRenderer().svg(spec, idPrefix);
