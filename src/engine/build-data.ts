import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { BOUNDARIES_FILE } from '../../pipelines/domain/bundle-files.ts';
import type { FigureData } from '../figures/figure.ts';
import { boundariesFrom } from './boundaries.ts';
import { BUNDLE_DIR, bundleQueryRunner } from './build-engine.ts';

/** What figures read from a bundle on disk: DuckDB over its tables, and its boundaries. */
export function bundleData(bundleDir: string): FigureData {
  let geo: FeatureCollection | undefined;
  return {
    run: bundleQueryRunner(bundleDir),
    async boundaries() {
      geo ??= boundariesFrom(JSON.parse(readFileSync(join(bundleDir, BOUNDARIES_FILE), 'utf8')) as Topology);
      return geo;
    },
  };
}

/** What figures read at build time. */
export const buildData: FigureData = bundleData(BUNDLE_DIR);
