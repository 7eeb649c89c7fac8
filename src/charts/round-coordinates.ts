const GEOMETRY_ATTRIBUTE = /(\s(?:d|transform|x|y|x1|x2|y1|y2|cx|cy|width|height)=")([^"]*)"/g;

/**
 * Rounds coordinates in geometry attributes to one decimal: the SVG stays as sharp on screen and
 * much smaller on the wire. Text (the published figures) is never touched. A module of its own:
 * the build's drawing workers (src/figures/drawing-worker.ts) run it outside the bundler.
 */
export function roundCoordinates(svg: string): string {
  return svg.replace(GEOMETRY_ATTRIBUTE, (_, start: string, value: string) => `${start}${value.replace(/-?\d+\.\d{2,}/g, (m) => String(Math.round(Number(m) * 10) / 10))}"`);
}
