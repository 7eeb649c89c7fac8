import * as Plot from '@observablehq/plot';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/charts/render.ts';
import { fontOptions } from '../../../src/figures/drawing.ts';
import { chartSize, placeChart } from '../../../src/figures/place-chart.ts';
import { pictureFonts } from '../../../src/figures/picture-fonts.ts';

const chart = renderSvg({
  width: 400,
  height: 200,
  y: { label: 'Điểm' },
  marks: [Plot.ruleY([0]), Plot.lineY([3, 1, 4, 1, 5], { stroke: '#1f5fa8' }), Plot.text(['Phú Xuyên'], { x: 2, y: 4 })],
});

describe('placeChart', () => {
  it('reads the size from the viewBox', () => {
    expect(chartSize(chart)).toEqual({ width: 400, height: 200 });
  });

  it('makes the chart a group, moved and scaled, that keeps its own attributes and content', () => {
    const placed = placeChart(chart, 24, 100, 0.5);
    expect(placed.startsWith('<g transform="translate(24,100) scale(0.5)"')).toBe(true);
    expect(placed.endsWith('</g>')).toBe(true);
    expect(placed).not.toMatch(/<svg|<\/svg>|viewBox|\swidth="400"/);
    expect(placed).toContain('text-anchor="middle"');
    expect(placed).toContain('Phú Xuyên');
    expect(placeChart(chart, 10, 20, 1)).toMatch(/^<g transform="translate\(10,20\)" /);
  });

  it('refuses an SVG whose viewBox does not start at 0 0, saying what it found', () => {
    expect(() => placeChart('<svg viewBox="10 0 400 200"></svg>', 0, 0, 1)).toThrow('expected a chart <svg> with viewBox="0 0 width height", got viewBox="10 0 400 200"');
    expect(() => chartSize('<svg width="400"></svg>')).toThrow('got no viewBox');
  });

  it('draws as the nested <svg> it replaces did', async () => {
    const font = fontOptions((await pictureFonts()).subset);
    const picture = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="500" height="300" viewBox="0 0 500 300"><rect width="500" height="300" fill="#fff"/>${body}</svg>`;
    // What the pictures did before: the chart's own <svg>, given a box in the picture.
    const nested = chart.replace(/^<svg([^>]*)>/, (_, attributes: string) => `<svg x="30" y="40" width="300" height="150"${attributes.replace(/\s(width|height)="[^"]*"/g, '')}>`);
    const [before, after] = [picture(nested), picture(placeChart(chart, 30, 40, 0.75))].map((svg) => new Resvg(svg, { fitTo: { mode: 'width', value: 1000 }, font }).render().pixels);
    expect(after!.length).toBe(before!.length);
    // The same pixels, give or take rounding where anti-aliased edges are blended once rather than twice.
    const differing = after!.filter((value, i) => Math.abs(value - before![i]!) > 2).length;
    expect(differing).toBe(0);
    // Not a blank picture: the chart's ink is there.
    expect(after!.filter((value) => value < 128).length).toBeGreaterThan(1000);
  });
});
