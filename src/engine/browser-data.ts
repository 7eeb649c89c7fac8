import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { FigureData } from '../figures/figure.ts';
import { boundariesFrom } from './boundaries.ts';
import type { BrowserEngine } from './browser-engine.ts';
import { fetchVerified } from './verified-fetch.ts';

/** What figures read in the browser: DuckDB-WASM over this site's bundle, and its boundaries, each file checked against its hash. */
export function browserData(engine: BrowserEngine): FigureData {
  let boundaries: Promise<FeatureCollection> | undefined;
  return {
    run: engine.run,
    boundaries() {
      boundaries ??= fetchVerified(engine.files.boundaries)
        .then((bytes) => boundariesFrom(JSON.parse(new TextDecoder().decode(bytes)) as Topology))
        .catch((error: unknown) => {
          // A failed fetch is not kept: the next redraw tries again.
          boundaries = undefined;
          throw error;
        });
      return boundaries;
    },
  };
}
