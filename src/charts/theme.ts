import type { RenderFunction } from '@observablehq/plot';

/** The colours every chart and legend use, so a meaning keeps its colour across the site. */
export const COLORS = {
  ink: '#1b1b1b',
  muted: '#555555',
  /** A published figure. */
  published: '#1f5fa8',
  /** A target, and a bloc average. */
  target: '#b35900',
  /** Sources that disagree. */
  disagreement: '#c0392b',
  /** A rank published without its score. */
  rankOnly: '#cfcfcf',
  /** Lines of the hatch that marks a gap: nothing published. */
  gap: '#8a8a8a',
  grid: '#ddd',
  /** Series drawn for context, behind the named ones, without labels. */
  context: '#b5b5b5',
  /** Units that share a border with the one a locator map shows. */
  neighbour: '#a9c4e6',
  /** A cell holding a published rank (its number printed in ink on it). */
  rankCell: '#d4e3f5',
  /** Text that annotates a chart (a marker, a rank without score). */
  annotation: '#444',
  /** The colour ramp of scores on the map, low to high. */
  scoreRamp: ['#e3eef9', '#08306b'],
  /** Published sets that are not ranks: among the highest, among the lowest, named in a list. */
  groupUpper: '#cfe0f3',
  groupLower: '#f6d9c4',
  groupListed: '#e6e6e6',
} as const;

/** Series of a chart in a fixed order, so the chart and its legend agree. */
export const SERIES_COLORS = ['#1f5fa8', '#b35900', '#2e7d32', '#7b3fa0', '#c0392b', '#00838f', '#6d4c41', '#546e7a', '#ad1457', '#827717', '#283593', '#bf360c'];

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length]!;
}

/** The charts' typeface: the reader's system font; Noto Sans (which covers Vietnamese) where none is set, as when preview images are drawn at build time. */
export const FONT = { family: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif" } as const;

/** The hatch of a gap as a CSS background, for legend swatches outside the chart. */
export const HATCH_CSS = `repeating-linear-gradient(45deg, #fff 0 2px, ${COLORS.gap} 2px 3.5px)`;

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A mark that only adds a hatch pattern to the chart's <defs>: "no data" is drawn as this pattern,
 * never as a colour of the scale.
 */
export function hatchPattern(id: string, color: string = COLORS.gap): RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const doc = context.document;
    const defs = doc.createElementNS(SVG, 'defs');
    const pattern = doc.createElementNS(SVG, 'pattern');
    pattern.setAttribute('id', id);
    pattern.setAttribute('patternUnits', 'userSpaceOnUse');
    pattern.setAttribute('width', '6');
    pattern.setAttribute('height', '6');
    pattern.setAttribute('patternTransform', 'rotate(45)');
    const background = doc.createElementNS(SVG, 'rect');
    background.setAttribute('width', '6');
    background.setAttribute('height', '6');
    background.setAttribute('fill', '#fff');
    const line = doc.createElementNS(SVG, 'line');
    line.setAttribute('x1', '0');
    line.setAttribute('y1', '0');
    line.setAttribute('x2', '0');
    line.setAttribute('y2', '6');
    line.setAttribute('stroke', color);
    line.setAttribute('stroke-width', '1.5');
    pattern.append(background, line);
    defs.append(pattern);
    return defs as unknown as SVGElement;
  };
}
