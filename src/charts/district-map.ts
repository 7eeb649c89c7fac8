import * as Plot from '@observablehq/plot';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Lang } from '../../pipelines/domain/lang.ts';
import { formatNumber, t } from '../i18n/t.ts';
import type { ChartLayout } from './layout.ts';
import { COLORS, hatchPattern } from './theme.ts';

export type DistrictFeature = Feature<Geometry, { shapeID: string; name_vi: string; shapeName: string; neighbours: string[] }>;

/** A unit's published score or rank in the year mapped, joined to its boundary by shape id. */
export interface MapRow {
  geo_shape_id: string | null;
  score: number | null;
  rank: number | null;
}

export interface DistrictMapOptions {
  lang: Lang;
  layout: ChartLayout;
  /** Score range the colours span, the same for every year. */
  scoreDomain?: [number, number];
  /** Each unit's page by shape id: every unit on the map is a link to it. */
  links?: Map<string, string>;
}

const NO_DATA_ID = 'map-no-data';

/** Height of a map of Hà Nội's units for a width (the city is taller than wide). */
export const mapHeight = (width: number) => Math.round(width * 0.97);

/**
 * The units coloured by their published score in one year; no figure is a hatch, rank only is
 * grey. Each unit is named on hover and, as a link to its page, on keyboard focus. No text is
 * drawn on the map, so it scales to any column.
 */
export function districtMapChart(geo: FeatureCollection, rows: MapRow[], { lang, layout, scoreDomain = [80, 100], links }: DistrictMapOptions): Plot.PlotOptions {
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
    const name = f.properties.name_vi;
    if (found.length === 0) return `${name}: ${t(lang, 'mapNoData')}`;
    // Each distinct score and rank once: two sources that agree (one with the score and rank, one
    // with the rank alone) say "rank 30" once; sources that differ show both, "91.61% / 91.7%".
    const distinct = (texts: (string | null)[]) => [...new Set(texts.filter((x) => x !== null))].join(' / ');
    const scores = distinct(found.map((r) => (r.score !== null ? `${formatNumber(lang, r.score)}%` : null)));
    const ranks = distinct(found.map((r) => (r.rank !== null ? String(r.rank) : null)));
    return `${name}: ${[scores, ranks && `${t(lang, 'colRank').toLowerCase()} ${ranks}`].filter(Boolean).join(' · ')}`;
  };
  return {
    width: layout.width,
    height: mapHeight(layout.width),
    projection: { type: 'mercator', domain: geo, inset: 6 },
    color: { type: 'identity' },
    marks: [
      hatchPattern(NO_DATA_ID),
      Plot.geo(geo.features as DistrictFeature[], {
        fill: fillOf,
        stroke: '#fff',
        strokeWidth: 1,
        title: titleOf,
        ...(links ? { href: (f: DistrictFeature) => links.get(f.properties.shapeID), ariaLabel: titleOf } : {}),
      }),
    ],
  };
}
