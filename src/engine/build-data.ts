import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { BOUNDARIES_FILE } from '../../pipelines/domain/bundle-files.ts';
import type { FigureData } from '../figures/figure.ts';
import { boundariesFrom } from './boundaries.ts';
import { BUNDLE_DIR, runBuildQuery } from './build-engine.ts';

let geo: FeatureCollection | undefined;

/** What figures read at build time: DuckDB over the bundle, and the bundle's boundaries. */
export const buildData: FigureData = {
  run: runBuildQuery,
  async boundaries() {
    geo ??= boundariesFrom(JSON.parse(readFileSync(join(BUNDLE_DIR, BOUNDARIES_FILE), 'utf8')) as Topology);
    return geo;
  },
};
