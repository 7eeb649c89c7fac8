import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishBundle } from '../../../pipelines/bundle.ts';
import { bundleData } from '../../../src/engine/build-data.ts';
import type { FigureData } from '../../../src/figures/figure.ts';
import indicatorRanking, { RANKING_PERIOD_PAGES, rankingPages, rankingPeriods } from '../../../src/figures/indicator-ranking.figure.ts';
import { fixtureWith, OBS_HEADER } from '../../helpers/fixture-data.ts';

// A district ranking published every year from 2004 to 2023: more periods than are pages.
const YEARS = Array.from({ length: 20 }, (_, i) => 2004 + i);
const rows = YEARS.flatMap((year) => [`Quận Ba Đình,par_index_district,${year},actual,,90,1,30,,,press-a,,`, `Phú Xuyên,par_index_district,${year},actual,,80,30,30,,,press-a,,`]);

let dir: string;
let data: FigureData;
beforeAll(async () => {
  const source = fixtureWith({ 'observations/par-index-hanoi.csv': `${OBS_HEADER}\n${rows.join('\n')}\n` });
  dir = join(mkdtempSync(join(tmpdir(), 'par-ranking-')), 'data');
  await publishBundle(source, dir);
  data = bundleData(dir);
});
afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

describe('ranking periods', () => {
  const district = <T extends { indicator_id: string }>(list: T[]) => list.filter((p) => p.indicator_id === 'par_index_district');

  it('lists every period of a ranking in time order, counted back from the latest', async () => {
    const periods = district(await rankingPeriods(data));
    expect(periods.map((p) => p.period)).toEqual(YEARS.map(String));
    expect(periods.map((p) => p.from_latest)).toEqual(YEARS.map((_, i) => YEARS.length - i));
    expect(periods.every((p) => p.units === 2)).toBe(true);
  });

  it('makes pages, and figure instances, of the latest periods only', async () => {
    const latest = YEARS.slice(-RANKING_PERIOD_PAGES).map(String);
    expect(district(await rankingPages(data)).map((p) => p.period)).toEqual(latest);
    const instances = (await indicatorRanking.instances(data)).filter((p) => p.indicator === 'par_index_district');
    expect(instances.map((p) => p.period)).toEqual(latest);
  });
});
