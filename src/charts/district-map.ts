import * as Plot from '@observablehq/plot';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Lang } from '../../pipelines/domain/lang.ts';
import { formatNumber, t } from '../i18n/t.ts';
import { centroid } from './centroid.ts';
import { labelMark, type LabelSpec } from './labels.ts';
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

/** Up to this many units with a figure are all named on the map; more would bury it in labels. */
const MAX_NAMED = 8;

/**
 * The units named on the map: every unit with a figure when there are few, otherwise those with
 * the highest and the lowest published score (by rank where no score was published), ties included.
 */
function namedShapes(byShape: Map<string, MapRow[]>): Set<string> {
  if (byShape.size <= MAX_NAMED) return new Set(byShape.keys());
  const scored = [...byShape].flatMap(([shape, rows]) => rows.flatMap((r) => (r.score !== null ? [{ shape, value: r.score }] : [])));
  // A rank counts down: the first is the best, so it is negated to sort with the scores.
  const measured = scored.length > 0 ? scored : [...byShape].flatMap(([shape, rows]) => rows.flatMap((r) => (r.rank !== null ? [{ shape, value: -r.rank }] : [])));
  const values = measured.map((m) => m.value);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return new Set(measured.filter((m) => m.value === low || m.value === high).map((m) => m.shape));
}

/**
 * Height of a map of Hà Nội's units for a chart width: the city is taller than wide, so on a phone
 * it is drawn taller than the column is wide to fill it; in a wide column it is drawn no larger
 * than in a 576 px one, with room beside it for its labels.
 */
const mapHeight = (width: number) => Math.round(width < 480 ? width * 1.15 : Math.min(width, 576) * 0.97);

/**
 * The units coloured by their published score in one year; no figure is a hatch, rank only is
 * grey. Units with a figure are named on the map with their score (or rank, where only that was
 * published) where there is room: all of them when few have one, otherwise the highest and the
 * lowest. Every unit is named on hover and, as a link to its page, on
 * keyboard focus, and the data table holds every figure.
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
  // Each distinct score and rank once: two sources that agree (one with the score and rank, one
  // with the rank alone) say "rank 30" once; sources that differ show both, "91.61% / 91.7%".
  const distinct = (texts: (string | null)[]) => [...new Set(texts.filter((x) => x !== null))];
  const figuresOf = (found: MapRow[]) => ({
    scores: distinct(found.map((r) => (r.score !== null ? formatNumber(lang, r.score) : null))),
    ranks: distinct(found.map((r) => (r.rank !== null ? String(r.rank) : null))).join(' / '),
  });
  const rankWord = t(lang, 'colRank').toLowerCase();
  const titleOf = (f: DistrictFeature) => {
    const found = byShape.get(f.properties.shapeID) ?? [];
    const name = f.properties.name_vi;
    if (found.length === 0) return `${name}: ${t(lang, 'mapNoData')}`;
    const { scores, ranks } = figuresOf(found);
    const scoreText = scores.map((score) => `${score}%`).join(' / ');
    return `${name}: ${[scoreText, ranks && `${rankWord} ${ranks}`].filter(Boolean).join(' · ')}`;
  };
  // On the map, a unit's score, or its rank where no score was published: the short form the
  // ranking chart uses ("Đống Đa 96,3", "Long Biên: hạng 12").
  const named = namedShapes(byShape);
  const labels: LabelSpec[] = (geo.features as DistrictFeature[]).flatMap((f) => {
    if (!named.has(f.properties.shapeID)) return [];
    const { scores, ranks } = figuresOf(byShape.get(f.properties.shapeID)!);
    const { centre: [x, y], area } = centroid(f.geometry);
    const text = scores.length > 0 ? `${f.properties.name_vi} ${scores.join(' / ')}` : `${f.properties.name_vi}: ${rankWord} ${ranks}`;
    // The smallest units are placed first: a large one has room for its label further out.
    return [{ x, y, text, fill: COLORS.ink, wrap: true, required: true, priority: area, prefer: ['above', 'below', 'right', 'left'] }];
  });
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
      // A dot marks the point each label names: an inner-city unit is smaller than its label.
      Plot.dot(labels, { x: 'x', y: 'y', r: 2.5, fill: COLORS.ink, stroke: '#fff', strokeWidth: 1 }),
      labelMark(labels, { projected: true, pointRadius: 2.5, useRightMargin: true, useTopMargin: true }),
    ],
  };
}
