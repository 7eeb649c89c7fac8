import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { finishChart } from './finish.ts';

/** Rounds coordinates to one decimal: the SVG stays as sharp on screen and much smaller on the wire. */
export function roundCoordinates(svg: string): string {
  return svg.replace(/(-?\d+\.\d{2,})/g, (m) => String(Math.round(Number(m) * 10) / 10));
}

/** Renders a Plot spec to an SVG string at build time, with linkedom standing in for the DOM. */
export function renderSvg(spec: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const element = Plot.plot({ ...spec, document: document as unknown as Document });
  return roundCoordinates(finishChart(element).outerHTML);
}
