import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { BOUNDARIES_OBJECT } from '../../pipelines/domain/bundle-files.ts';

/** Turns the bundle's TopoJSON into the features a map draws. */
export function boundariesFrom(topology: Topology): FeatureCollection {
  return feature(topology, topology.objects[BOUNDARIES_OBJECT]!) as unknown as FeatureCollection;
}
