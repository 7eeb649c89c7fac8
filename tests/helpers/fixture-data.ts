import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { publishBundle } from '../../pipelines/bundle.ts';
import { bundleData } from '../../src/engine/build-data.ts';
import type { FigureData } from '../../src/figures/figure.ts';

export const VALID_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'data-valid');

/** A copy of the valid fixture data folder with some files replaced, for testing bad input. */
export function fixtureWith(replacements: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'par-data-'));
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  for (const [file, content] of Object.entries(replacements)) writeFileSync(join(dir, file), content);
  return dir;
}

export const OBS_HEADER = 'unit,indicator,period,kind,comparator,value,rank,rank_of,group,as_of,source,note_en,note_vi';

/**
 * The figure data of the fixture with some files replaced, published to a temporary bundle before
 * the calling test file's tests and removed after them; read `.data` inside a test.
 */
export function fixtureBundle(replacements: Record<string, string>): { data: FigureData } {
  const bundle = {} as { data: FigureData };
  let dir: string;
  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'par-bundle-')), 'data');
    await publishBundle(fixtureWith(replacements), dir);
    bundle.data = bundleData(dir);
  });
  afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));
  return bundle;
}
