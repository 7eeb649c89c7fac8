import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { finishChart } from './finish.ts';

const GEOMETRY_ATTRIBUTE = /(\s(?:d|transform|x|y|x1|x2|y1|y2|cx|cy|width|height)=")([^"]*)"/g;

/**
 * Rounds coordinates in geometry attributes to one decimal: the SVG stays as sharp on screen and
 * much smaller on the wire. Text (the published figures) is never touched.
 */
export function roundCoordinates(svg: string): string {
  return svg.replace(GEOMETRY_ATTRIBUTE, (_, start: string, value: string) => `${start}${value.replace(/-?\d+\.\d{2,}/g, (m) => String(Math.round(Number(m) * 10) / 10))}"`);
}

/** Draws charts and legends as HTML text, with a DOM: linkedom at build time, the page's own in the browser. */
export interface ChartRenderer {
  svg(spec: Plot.PlotOptions): string;
  legend(options: Plot.LegendScales): string;
}

/** The DOM a renderer draws into; at build time linkedom stands in for the browser's. */
export function rendererFor(document: Document): ChartRenderer {
  return {
    svg: (spec) => roundCoordinates(finishChart(Plot.plot({ ...spec, document })).outerHTML),
    // Plot's options type has no `document`, though legend() reads it like plot() does.
    legend: (options) => Plot.legend({ ...options, document } as Plot.LegendScales).outerHTML,
  };
}

let buildRenderer: ChartRenderer | undefined;
/** The renderer the build uses. */
export function buildTimeRenderer(): ChartRenderer {
  buildRenderer ??= rendererFor(parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document);
  return buildRenderer;
}

/** Renders a Plot spec to an SVG string at build time. */
export const renderSvg = (spec: Plot.PlotOptions) => buildTimeRenderer().svg(spec);
