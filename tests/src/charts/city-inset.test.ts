import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { DistrictFeature } from '../../../src/charts/district-map.ts';
import { LAYOUTS } from '../../../src/charts/layout.ts';
import { locatorMapChart } from '../../../src/charts/locator-map.ts';
import { renderSvg } from '../../../src/charts/render.ts';
import { COLORS } from '../../../src/charts/theme.ts';
import { boundariesFrom } from '../../../src/engine/boundaries.ts';

const topology = JSON.parse(readFileSync('data/geo/hanoi-districts.topojson', 'utf8')) as Topology;
const geo: FeatureCollection = boundariesFrom(topology);
const features = geo.features as DistrictFeature[];
const byName = (name: string) => features.find((f) => f.properties.name_vi === name)!;

/** The inset's frame (its first rect) and the outline of the part the map shows (its last), from a drawn locator. */
function insetOf(name: string, layout = LAYOUTS[0]!) {
  const unit = byName(name);
  const svg = renderSvg(locatorMapChart(geo, { layout, shapeId: unit.properties.shapeID, neighbours: new Set(unit.properties.neighbours), links: new Map() }));
  const group = svg.match(/<g aria-hidden="true">[\s\S]*?<\/g>/)![0];
  const rects = [...group.matchAll(/<rect ([^>]*)\/>/g)].map((m) => Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
  const width = Number(svg.match(/viewBox="0 0 (\d+) (\d+)"/)![1]);
  const paths = [...group.matchAll(/<path [^>]*fill="([^"]*)"/g)].map((m) => m[1]);
  return { frame: rects[0]!, shown: rects.at(-1)!, width, paths };
}

describe('the locator map’s inset of the whole city', () => {
  it('sits in the corner away from its unit, with all 30 units and the unit in the accent colour', () => {
    // Ba Vì is in the far west of the city and Phú Xuyên in the south-east.
    const west = insetOf('Ba Vì');
    expect(Number(west.frame.x)).toBeGreaterThan(west.width / 2);
    const southEast = insetOf('Phú Xuyên');
    expect(Number(southEast.frame.x)).toBeLessThan(southEast.width / 2);
    expect(Number(southEast.frame.y)).toBeLessThan(10);
    expect(southEast.paths).toHaveLength(30);
    expect(southEast.paths.filter((fill) => fill === COLORS.published)).toHaveLength(1);
  });

  it('outlines a smaller part of the city for an inner-city unit than for an outlying one', () => {
    const area = (r: Record<string, string>) => Number(r.width) * Number(r.height);
    const inner = insetOf('Hoàn Kiếm', LAYOUTS[2]);
    const outer = insetOf('Ba Vì', LAYOUTS[2]);
    expect(area(inner.shown)).toBeLessThan(area(inner.frame) / 20);
    expect(area(outer.shown)).toBeGreaterThan(area(outer.frame) / 10);
  });
});
