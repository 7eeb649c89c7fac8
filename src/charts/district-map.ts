import * as Plot from '@observablehq/plot';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Lang } from '../../pipelines/domain/lang.ts';
import { formatNumber, t } from '../i18n/t.ts';
import { COLORS, hatchPattern } from './theme.ts';

export type DistrictFeature = Feature<Geometry, { shapeID: string; name_vi: string; shapeName: string }>;

/** A unit's published score or rank in the year mapped, joined to its boundary by shape id. */
export interface MapRow {
  geo_shape_id: string | null;
  score: number | null;
  rank: number | null;
}

export interface DistrictMapOptions {
  lang: Lang;
  /** Score range the colours span, the same for every year. */
  scoreDomain?: [number, number];
}

const NO_DATA_ID = 'map-no-data';

/** The units coloured by their published score in one year; no figure is a hatch, rank only is grey. */
export function districtMapChart(geo: FeatureCollection, rows: MapRow[], { lang, scoreDomain = [80, 100] }: DistrictMapOptions): Plot.PlotOptions {
  const color = Plot.scale({ color: { type: 'linear', domain: scoreDomain, range: [...COLORS.scoreRamp] } });
  const byShape = Map.groupBy(rows.filter((r) => r.geo_shape_id !== null), (r) => r.geo_shape_id!);
  const fillOf = (f: DistrictFeature) => {
    const found = byShape.get(f.properties.shapeID) ?? [];
    const score = found.find((r) => r.score !== null)?.score;
    if (typeof score === 'number') return color.apply(score) as string;
    return found.length > 0 ? COLORS.rankOnly : `url(#${NO_DATA_ID})`;
  };
  const titleOf = (f: DistrictFeature) => {
    const found = byShape.get(f.properties.shapeID) ?? [];
    const name = lang === 'vi' ? f.properties.name_vi : f.properties.shapeName;
    if (found.length === 0) return `${name}: ${t(lang, 'mapNoData')}`;
    return `${name}: ${found.map((r) => [r.score !== null ? `${formatNumber(lang, r.score)}%` : null, r.rank !== null ? `#${r.rank}` : null].filter(Boolean).join(' · ')).join(' / ')}`;
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
