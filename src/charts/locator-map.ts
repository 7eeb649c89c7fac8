import * as Plot from '@observablehq/plot';
import type { FeatureCollection } from 'geojson';
import { centroid } from './centroid.ts';
import { cityInset } from './city-inset.ts';
import type { DistrictFeature } from './district-map.ts';
import type { ChartLayout } from './layout.ts';
import { labelMark } from './labels.ts';
import { COLORS } from './theme.ts';

/** Space between the framed units and the chart's edge, in pixels. */
const INSET = 8;

export interface LocatorOptions {
  layout: ChartLayout;
  /** The shape id of the unit to show. */
  shapeId: string;
  /** The shape ids of the units that share a border with it. */
  neighbours: Set<string>;
  /** Each unit's page by shape id. */
  links: Map<string, string>;
}

/**
 * Where one unit lies among the city's 30: the unit in the accent colour, its neighbours lighter,
 * the rest grey, framed on the unit and its neighbours, which are named where there is room, with
 * the whole city in a corner to show where that lies. Every unit is named on hover and is a link to its page.
 */
export function locatorMapChart(geo: FeatureCollection, { layout, shapeId, neighbours, links }: LocatorOptions): Plot.PlotOptions {
  const fillOf = (f: DistrictFeature) => (f.properties.shapeID === shapeId ? COLORS.published : neighbours.has(f.properties.shapeID) ? COLORS.neighbour : '#e4e4e4');
  const width = layout.width;
  // Framed on the unit and its neighbours, so that a small inner-city unit is not a speck; the
  // rest of the city is drawn to the frame's edges.
  const framed = (geo.features as DistrictFeature[]).filter((f) => f.properties.shapeID === shapeId || neighbours.has(f.properties.shapeID));
  const around = { type: 'FeatureCollection', features: framed } as FeatureCollection;
  const height = Math.round(width * (layout.name === 'narrow' ? 0.8 : 0.55));
  const inset = cityInset(geo, framed, shapeId, { width, height, inset: INSET, size: Math.round(width * (layout.name === 'narrow' ? 0.26 : 0.16)) });
  return {
    width,
    height,
    margin: 0,
    projection: { type: 'mercator', domain: around, inset: INSET },
    color: { type: 'identity' },
    marks: [
      Plot.geo(geo.features as DistrictFeature[], {
        fill: fillOf,
        clip: 'frame',
        stroke: '#fff',
        strokeWidth: 1,
        title: (f: DistrictFeature) => f.properties.name_vi,
        href: (f: DistrictFeature) => links.get(f.properties.shapeID),
        ariaLabel: (f: DistrictFeature) => f.properties.name_vi,
      }),
      // The unit and its neighbours named where there is room (all are named on hover and in the caption).
      labelMark(
        (around.features as DistrictFeature[]).map((f) => {
          const [x, y] = centroid(f.geometry).centre;
          const own = f.properties.shapeID === shapeId;
          return { x, y, text: f.properties.name_vi, fill: COLORS.ink, bold: own, required: own, priority: own ? 0 : 1, prefer: ['above', 'below', 'right', 'left'] };
        }),
        { projected: true, pointRadius: 0, useRightMargin: true, useTopMargin: true, keepClear: [inset.box] },
      ),
      inset.mark,
    ],
  };
}
