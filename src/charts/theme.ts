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

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The hatch's tile: diagonal strokes drawn in an upright tile, not upright strokes in a tile turned
 * by `patternTransform`. They look alike, but resvg samples a turned tile through a rotated shader
 * at every pixel it fills: a 63-row ranking with gaps took 151 ms to draw at 2× with the turned
 * tile and 37 ms with this one. The corner strokes continue the diagonal into the next tiles.
 */
export const HATCH_TILE = { size: 8, path: 'M-1,1L1,-1M0,8L8,0M7,9L9,7', strokeWidth: 1.5 } as const;

/** Distance between the hatch's strokes, across them: the tile's diagonal strokes are a tile's side apart along an axis. */
const HATCH_SPACING = HATCH_TILE.size / Math.SQRT2;

/**
 * The hatch as a CSS background, for legend swatches outside the chart: the same strokes, running
 * the same way (135deg puts them from lower left to upper right) and as far apart.
 */
export const HATCH_CSS = `repeating-linear-gradient(135deg, #fff 0 ${(HATCH_SPACING - HATCH_TILE.strokeWidth).toFixed(2)}px, ${COLORS.gap} 0 ${HATCH_SPACING.toFixed(2)}px)`;

type Attributes = Record<string, string | number>;

/** The hatch's <pattern>, as its attributes and its children's (a white ground, then the strokes): written once for both ways it is built. */
function hatchElements(id: string, color: string): { pattern: Attributes; children: [name: string, attributes: Attributes][] } {
  const { size, path, strokeWidth } = HATCH_TILE;
  return {
    pattern: { id, width: size, height: size, patternUnits: 'userSpaceOnUse' },
    children: [['rect', { width: size, height: size, fill: '#fff' }], ['path', { d: path, stroke: color, 'stroke-width': strokeWidth }]],
  };
}

const attributeText = (attributes: Attributes) => Object.entries(attributes).map(([key, value]) => `${key}="${value}"`).join(' ');

/** The hatch's <pattern> as markup, for SVG written as text (figures/picture.ts). */
export function hatchPatternMarkup(id: string, color: string = COLORS.gap): string {
  const { pattern, children } = hatchElements(id, color);
  return `<pattern ${attributeText(pattern)}>${children.map(([name, attributes]) => `<${name} ${attributeText(attributes)}/>`).join('')}</pattern>`;
}

/**
 * A mark that only adds a hatch pattern to the chart's <defs>: "no data" is drawn as this pattern,
 * never as a colour of the scale.
 */
export function hatchPattern(id: string, color: string = COLORS.gap): RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const doc = context.document;
    const element = (name: string, attributes: Attributes) => {
      const node = doc.createElementNS(SVG, name);
      for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
      return node;
    };
    const { pattern, children } = hatchElements(id, color);
    const patternNode = element('pattern', pattern);
    patternNode.append(...children.map(([name, attributes]) => element(name, attributes)));
    const defs = element('defs', {});
    defs.append(patternNode);
    return defs as unknown as SVGElement;
  };
}
