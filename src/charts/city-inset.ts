import type { RenderFunction } from '@observablehq/plot';
import type { FeatureCollection, Position } from 'geojson';
import type { DistrictFeature } from './district-map.ts';
import type { Box } from './labels.ts';
import { COLORS } from './theme.ts';

const SVG = 'http://www.w3.org/2000/svg';
const PAD = 3;

/** Longitude and latitude bounds of some features. */
function bounds(features: DistrictFeature[]): { west: number; east: number; south: number; north: number } {
  // A loop, not Math.min(...all): a city's outlines have too many points to pass as arguments.
  const box = { west: Infinity, east: -Infinity, south: Infinity, north: -Infinity };
  for (const f of features) {
    const positions = f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat(2) : [];
    for (const [lon, lat] of positions) {
      box.west = Math.min(box.west, lon!);
      box.east = Math.max(box.east, lon!);
      box.south = Math.min(box.south, lat!);
      box.north = Math.max(box.north, lat!);
    }
  }
  return box;
}

export interface CityInset {
  /** Draws the inset: the whole city, the unit in the accent colour, and the part the map shows outlined. */
  mark: RenderFunction;
  /** Where it sits on the chart, in pixels, for labels to keep clear of. */
  box: Box;
}

/**
 * The whole city, small, in the corner of a locator map farthest from its unit, with the part the
 * map shows outlined, so that a reader sees where the framed neighbourhood lies in Hà Nội. A city
 * spans half a degree, so longitude scaled by the cosine of the latitude stands in for the map's
 * Mercator projection; `framed` are the features the map is fitted to, `inset` its projection's inset.
 */
export function cityInset(geo: FeatureCollection, framed: DistrictFeature[], shapeId: string, { width, height, inset, size }: { width: number; height: number; inset: number; size: number }): CityInset {
  const features = geo.features as DistrictFeature[];
  const city = bounds(features);
  const shown = bounds(framed);
  const k = Math.cos((((city.north + city.south) / 2) * Math.PI) / 180);
  // The map fits the framed features into the chart less its inset, centred: what it shows around them.
  const scale = Math.min((width - 2 * inset) / ((shown.east - shown.west) * k), (height - 2 * inset) / (shown.north - shown.south));
  const [midLon, midLat] = [(shown.west + shown.east) / 2, (shown.south + shown.north) / 2];
  const view = { west: midLon - width / 2 / scale / k, east: midLon + width / 2 / scale / k, south: midLat - height / 2 / scale, north: midLat + height / 2 / scale };

  const s = (size - 2 * PAD) / ((city.east - city.west) * k);
  const boxHeight = Math.round((city.north - city.south) * s + 2 * PAD);
  const unit = bounds(features.filter((f) => f.properties.shapeID === shapeId));
  // The corner away from the unit: across from it in each direction.
  const onLeft = (unit.west + unit.east) / 2 > midLon;
  const onTop = (unit.south + unit.north) / 2 < midLat;
  const left = onLeft ? 1 : width - size - 1;
  const top = onTop ? 1 : height - boxHeight - 1;
  const x = (lon: number) => left + PAD + (lon - city.west) * k * s;
  const y = (lat: number) => top + PAD + (city.north - lat) * s;
  // At this size a district's outline needs a point every pixel or two, not every few metres.
  const ring = (positions: Position[]) => {
    const kept: [number, number][] = [];
    for (const p of positions) {
      const [px, py] = [x(p[0]!), y(p[1]!)];
      const last = kept.at(-1);
      if (!last || Math.hypot(px - last[0], py - last[1]) >= 1.5) kept.push([px, py]);
    }
    return `M${kept.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join('L')}Z`;
  };

  const mark: RenderFunction = (_index, _scales, _values, _dimensions, context) => {
    const doc = context.document;
    const element = (name: string, attributes: Record<string, string | number>) => {
      const e = doc.createElementNS(SVG, name);
      for (const [key, value] of Object.entries(attributes)) e.setAttribute(key, String(value));
      return e;
    };
    const g = element('g', { 'aria-hidden': 'true' });
    g.append(element('rect', { x: left, y: top, width: size, height: boxHeight, fill: 'white', stroke: '#8a8a8a', 'stroke-width': 0.8 }));
    for (const f of features) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
      const own = f.properties.shapeID === shapeId;
      g.append(element('path', { d: polygons.flatMap((rings) => rings.map(ring)).join(''), fill: own ? COLORS.published : '#d9d9d9', 'fill-rule': 'evenodd', stroke: 'white', 'stroke-width': 0.4 }));
    }
    // The part of the city the map shows, cut to the inset.
    const [x0, x1] = [Math.max(x(view.west), left), Math.min(x(view.east), left + size)];
    const [y0, y1] = [Math.max(y(view.north), top), Math.min(y(view.south), top + boxHeight)];
    g.append(element('rect', { x: x0.toFixed(1), y: y0.toFixed(1), width: (x1 - x0).toFixed(1), height: (y1 - y0).toFixed(1), fill: 'none', stroke: COLORS.ink, 'stroke-width': 1 }));
    return g as unknown as SVGElement;
  };
  return { mark, box: { left, right: left + size, top, bottom: top + boxHeight } };
}
