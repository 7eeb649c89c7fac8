import * as Plot from '@observablehq/plot';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Lang } from '../i18n/messages.ts';
import { formatNumber, t } from '../i18n/t.ts';
import type { QueryRow } from '../lib/rows.ts';
import { hatchPattern } from './patterns.ts';

export type DistrictFeature = Feature<Geometry, { shapeID: string; name_vi: string; shapeName: string }>;

export interface DistrictMapOptions {
  lang: Lang;
  /** unit id → geoBoundaries shapeID */
  shapeIds: Map<string, string>;
  /** Score range the colours span, the same for every year. */
  scoreDomain?: [number, number];
}

const NO_DATA_ID = 'map-no-data';
export const RANK_ONLY_FILL = '#cfcfcf';

/** The 30 units coloured by their published score in one year; no figure is a hatch, rank only is grey. */
export function districtMapChart(geo: FeatureCollection, rows: QueryRow[], { lang, shapeIds, scoreDomain = [80, 100] }: DistrictMapOptions): Plot.PlotOptions {
  const color = Plot.scale({ color: { type: 'linear', domain: scoreDomain, range: ['#e3eef9', '#08306b'] } });
  const byShape = new Map<string, QueryRow[]>();
  for (const r of rows.filter((x) => x.unit_level === 'district')) {
    const shape = shapeIds.get(String(r.unit_id));
    if (shape) byShape.set(shape, [...(byShape.get(shape) ?? []), r]);
  }
  const fillOf = (f: DistrictFeature) => {
    const found = byShape.get(f.properties.shapeID) ?? [];
    const score = found.find((r) => r.score !== null)?.score;
    if (typeof score === 'number') return color.apply(score) as string;
    return found.length > 0 ? RANK_ONLY_FILL : `url(#${NO_DATA_ID})`;
  };
  const titleOf = (f: DistrictFeature) => {
    const found = byShape.get(f.properties.shapeID) ?? [];
    const name = lang === 'vi' ? f.properties.name_vi : f.properties.shapeName;
    if (found.length === 0) return `${name}: ${t(lang, 'mapNoData')}`;
    return `${name}: ${found.map((r) => [r.score !== null ? `${formatNumber(lang, r.score as number)}%` : null, r.rank !== null ? `#${r.rank}` : null].filter(Boolean).join(' · ')).join(' / ')}`;
  };
  return {
    width: 640,
    height: 620,
    projection: { type: 'mercator', domain: geo, inset: 6 },
    color: { type: 'identity' },
    ariaLabel: t(lang, 'mapDesc'),
    marks: [
      hatchPattern(NO_DATA_ID),
      Plot.geo(geo.features as DistrictFeature[], { fill: fillOf, stroke: '#fff', strokeWidth: 0.8, title: titleOf }),
    ],
  };
}
