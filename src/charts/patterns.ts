import type { RenderFunction } from '@observablehq/plot';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A mark that only adds a hatch pattern to the chart's <defs>: "no data" is drawn as this pattern,
 * never as a colour of the scale.
 */
export function hatchPattern(id: string, color = '#8a8a8a'): RenderFunction {
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
