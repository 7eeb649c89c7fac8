import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { BOUNDARIES_FILE } from '../../pipelines/domain/bundle-files.ts';
import type { FigureData } from '../figures/figure.ts';
import { boundariesFrom } from './boundaries.ts';
import { runBrowserQuery } from './browser-engine.ts';

let boundaries: Promise<FeatureCollection> | undefined;

/** What figures read in the browser: DuckDB-WASM over this site's bundle, and its boundaries. */
export const browserData: FigureData = {
  run: runBrowserQuery,
  boundaries() {
    boundaries ??= fetch(`${import.meta.env.BASE_URL}data/${BOUNDARIES_FILE}`)
      .then((r) => {
        if (!r.ok) throw new Error(`${BOUNDARIES_FILE}: HTTP ${r.status}`);
        return r.json() as Promise<Topology>;
      })
      .then(boundariesFrom)
      .catch((error: unknown) => {
        // A failed fetch is not kept: the next redraw tries again.
        boundaries = undefined;
        throw error;
      });
    return boundaries;
  },
};
