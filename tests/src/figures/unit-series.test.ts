import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import unitSeries, { unitSeriesPairs } from '../../../src/figures/unit-series.figure.ts';
import { PAGE_CHARTS } from '../../../src/lib/bounds.ts';
import { fixtureBundle, OBS_HEADER, VALID_FIXTURE } from '../../helpers/fixture-data.ts';

// Hà Nội with a published value in 2010 and 2011 of every indicator of the fixture: more series than a unit page charts.
const INDICATORS = readFileSync(join(VALID_FIXTURE, 'indicators.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0]!);
const rows = INDICATORS.flatMap((id) => ['2010', '2011'].map((year) => `ha-noi,${id},${year},actual,,50,,,,,press-a,,`));

const bundle = fixtureBundle({ 'observations/series.csv': `${OBS_HEADER}\n${rows.join('\n')}\n` });

describe('unit series', () => {
  it('are instances only for the series a unit page charts: its first PAGE_CHARTS', async () => {
    const pairs = (await unitSeriesPairs(bundle.data)).filter((p) => p.unit === 'ha-noi');
    expect(INDICATORS.length).toBeGreaterThan(PAGE_CHARTS);
    expect(pairs.map((p) => p.indicator)).toEqual([...INDICATORS].sort());
    const instances = (await unitSeries.instances(bundle.data)).filter((p) => p.unit === 'ha-noi');
    expect(instances).toEqual(pairs.slice(0, PAGE_CHARTS));
  });
});
