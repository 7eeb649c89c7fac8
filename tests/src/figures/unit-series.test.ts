import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishBundle } from '../../../pipelines/bundle.ts';
import { bundleData } from '../../../src/engine/build-data.ts';
import type { FigureData } from '../../../src/figures/figure.ts';
import unitSeries, { unitSeriesPairs } from '../../../src/figures/unit-series.figure.ts';
import { PAGE_CHARTS } from '../../../src/lib/bounds.ts';
import { fixtureWith, OBS_HEADER, VALID_FIXTURE } from '../../helpers/fixture-data.ts';

// Hà Nội with a published value in 2010 and 2011 of every indicator of the fixture: more series than a unit page charts.
const INDICATORS = readFileSync(join(VALID_FIXTURE, 'indicators.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0]!);
const rows = INDICATORS.flatMap((id) => ['2010', '2011'].map((year) => `ha-noi,${id},${year},actual,,50,,,,,press-a,,`));

let dir: string;
let data: FigureData;
beforeAll(async () => {
  const source = fixtureWith({ 'observations/series.csv': `${OBS_HEADER}\n${rows.join('\n')}\n` });
  dir = join(mkdtempSync(join(tmpdir(), 'par-series-')), 'data');
  await publishBundle(source, dir);
  data = bundleData(dir);
});
afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

describe('unit series', () => {
  it('are instances only for the series a unit page charts: its first PAGE_CHARTS', async () => {
    const pairs = (await unitSeriesPairs(data)).filter((p) => p.unit === 'ha-noi');
    expect(INDICATORS.length).toBeGreaterThan(PAGE_CHARTS);
    expect(pairs.map((p) => p.indicator)).toEqual([...INDICATORS].sort());
    const instances = (await unitSeries.instances(data)).filter((p) => p.unit === 'ha-noi');
    expect(instances).toEqual(pairs.slice(0, PAGE_CHARTS));
  });
});
