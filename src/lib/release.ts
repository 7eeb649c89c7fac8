import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATAPACKAGE_FILE } from '../../pipelines/domain/bundle-files.ts';
import { BUNDLE_DIR } from '../engine/build-engine.ts';

let version: string | undefined;

/** The version of the bundle the site is built from, as its datapackage.json gives it (build time only). */
export function bundleVersion(): string {
  version ??= (JSON.parse(readFileSync(join(BUNDLE_DIR, DATAPACKAGE_FILE), 'utf8')) as { version: string }).version;
  return version;
}
