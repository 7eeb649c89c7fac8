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

/** Renders a Plot spec to an SVG string at build time, with linkedom standing in for the DOM. */
export function renderSvg(spec: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const element = Plot.plot({ ...spec, document: document as unknown as Document });
  return roundCoordinates(finishChart(element).outerHTML);
}
