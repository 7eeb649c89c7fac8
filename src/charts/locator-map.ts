import * as Plot from '@observablehq/plot';
import type { FeatureCollection } from 'geojson';
import type { DistrictFeature } from './district-map.ts';
import type { ChartLayout } from './layout.ts';
import { COLORS } from './theme.ts';

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
 * the rest grey. Every unit is named on hover and is a link to its page.
 */
export function locatorMapChart(geo: FeatureCollection, { layout, shapeId, neighbours, links }: LocatorOptions): Plot.PlotOptions {
  const fillOf = (f: DistrictFeature) => (f.properties.shapeID === shapeId ? COLORS.published : neighbours.has(f.properties.shapeID) ? COLORS.neighbour : '#e4e4e4');
  const width = Math.min(layout.width, 420);
  return {
    width,
    height: Math.round(width * 0.97),
    projection: { type: 'mercator', domain: geo, inset: 4 },
    color: { type: 'identity' },
    marks: [
      Plot.geo(geo.features as DistrictFeature[], {
        fill: fillOf,
        stroke: '#fff',
        strokeWidth: 1,
        title: (f: DistrictFeature) => f.properties.name_vi,
        href: (f: DistrictFeature) => links.get(f.properties.shapeID),
        ariaLabel: (f: DistrictFeature) => f.properties.name_vi,
      }),
    ],
  };
}
