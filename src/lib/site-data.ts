import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import coverageSql from '../queries/coverage.sql?raw';
import disagreementsSql from '../queries/disagreements.sql?raw';
import districtsSql from '../queries/districts.sql?raw';
import sourceUsageSql from '../queries/source-usage.sql?raw';
import rankHistorySql from '../queries/rank-history.sql?raw';
import rankingSql from '../queries/ranking.sql?raw';
import topicFiguresSql from '../queries/topic-figures.sql?raw';
import unitFiguresSql from '../queries/unit-figures.sql?raw';
import { DISTRICT_PAR_YEARS } from '../../pipelines/district-years.ts';
import { runBuildQuery } from './query-build.ts';
import { publishedCount } from './ranking-view.ts';

export { DISTRICT_PAR_YEARS };

export const rankingRows = (year: number) => runBuildQuery(rankingSql, [String(year)]);
export const rankHistoryRows = () => runBuildQuery(rankHistorySql, []);
export const unitFigures = (unitId: string) => runBuildQuery(unitFiguresSql, [unitId, unitId]);
export const districts = () => runBuildQuery(districtsSql, []);
export const disagreementRows = () => runBuildQuery(disagreementsSql, []);
export const sourceUsage = () => runBuildQuery(sourceUsageSql, []);
export const coverageRows = (indicatorId: string) => runBuildQuery(coverageSql, [indicatorId]);
export const topicFigures = (topic: 'par_index' | 'satisfaction' | 'online_services' | 'governance' | 'reform_activity') => runBuildQuery(topicFiguresSql, [topic]);


/** The year the ranking page opens on: the one with the most published units (the latest on a tie). */
export async function defaultRankingYear(): Promise<number> {
  let best: number = DISTRICT_PAR_YEARS[0];
  let bestCount = -1;
  for (const year of DISTRICT_PAR_YEARS) {
    const count = publishedCount(await rankingRows(year));
    if (count >= bestCount) [best, bestCount] = [year, count];
  }
  return best;
}

let geo: FeatureCollection | undefined;
export function districtBoundaries(): FeatureCollection {
  if (!geo) {
    const topology = JSON.parse(readFileSync('data/geo/hanoi-districts.topojson', 'utf8')) as Topology;
    geo = feature(topology, topology.objects.hanoi_districts!) as unknown as FeatureCollection;
  }
  return geo;
}
