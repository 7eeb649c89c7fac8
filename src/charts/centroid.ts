import type { Geometry } from 'geojson';

/**
 * The area-weighted centre of a unit's largest ring, in longitude and latitude, and that ring's
 * area in square degrees (flat: a city is small).
 */
export function centroid(geometry: Geometry): { centre: [number, number]; area: number } {
  const rings = geometry.type === 'Polygon' ? [geometry.coordinates[0]!] : geometry.type === 'MultiPolygon' ? geometry.coordinates.map((p) => p[0]!) : [];
  let best: [number, number] = [NaN, NaN];
  let bestArea = 0;
  for (const ring of rings) {
    let area = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i]!;
      const [x1, y1] = ring[i + 1]!;
      const cross = x0! * y1! - x1! * y0!;
      area += cross;
      cx += (x0! + x1!) * cross;
      cy += (y0! + y1!) * cross;
    }
    if (Math.abs(area) > bestArea) [bestArea, best] = [Math.abs(area), [cx / (3 * area), cy / (3 * area)]];
  }
  return { centre: best, area: bestArea / 2 };
}
