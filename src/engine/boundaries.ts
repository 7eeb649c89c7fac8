import type { FeatureCollection } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BOUNDARIES_OBJECT } from '../../pipelines/domain/bundle-files.ts';

/**
 * Turns the bundle's TopoJSON into the features a map draws. Each feature also lists the shape ids
 * of the units it shares a border with (properties.neighbours), from the topology's shared arcs.
 */
export function boundariesFrom(topology: Topology): FeatureCollection {
  const object = topology.objects[BOUNDARIES_OBJECT] as GeometryCollection<{ shapeID: string }>;
  const adjacent = neighbors(object.geometries);
  const collection = feature(topology, object) as unknown as FeatureCollection;
  collection.features.forEach((f, i) => {
    f.properties = { ...f.properties, neighbours: adjacent[i]!.map((j) => (object.geometries[j]!.properties as { shapeID: string }).shapeID) };
  });
  return collection;
}
