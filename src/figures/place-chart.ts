/**
 * A chart's SVG placed inside a larger picture (a download, a link preview) as a group, moved and
 * scaled, rather than as a nested <svg>. resvg draws a nested <svg> through an offscreen layer the
 * size of the whole picture, to clip it to its viewport: that was a third of the time of drawing a
 * figure's PNG. Plot draws inside its viewBox, so there is nothing for the clip to cut.
 */

const OPENING = /^<svg([^>]*)>/;

/** The chart's size in its own units: its viewBox, which Plot starts at 0 0. */
export function chartSize(chart: string): { width: number; height: number } {
  const viewBox = chart.match(OPENING)?.[1]?.match(/\sviewBox="([^"]*)"/)?.[1];
  const [minX, minY, width, height] = (viewBox ?? '').trim().split(/[\s,]+/).map(Number);
  if (minX !== 0 || minY !== 0 || !(width! > 0) || !(height! > 0)) {
    throw new Error(`chartSize: expected a chart <svg> with viewBox="0 0 width height", got ${viewBox === undefined ? 'no viewBox' : `viewBox="${viewBox}"`}`);
  }
  return { width: width!, height: height! };
}

/** The chart drawn with its top left corner at (x, y) and each of its units `scale` units wide. */
export function placeChart(chart: string, x: number, y: number, scale: number): string {
  chartSize(chart);
  // Its own attributes (type, colour, label) stay with it; its box is now the transform's.
  const attributes = chart.match(OPENING)![1]!.replace(/\s(width|height|x|y|viewBox|preserveAspectRatio)="[^"]*"/g, '');
  const transform = `translate(${x},${y})${scale === 1 ? '' : ` scale(${scale})`}`;
  return chart.replace(OPENING, `<g transform="${transform}"${attributes}>`).replace(/<\/svg>\s*$/, '</g>');
}
