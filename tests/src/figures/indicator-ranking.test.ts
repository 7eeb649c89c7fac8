import { describe, expect, it } from 'vitest';
import indicatorRanking, { RANKING_PERIOD_PAGES, rankingPages, rankingPeriods } from '../../../src/figures/indicator-ranking.figure.ts';
import { fixtureBundle, OBS_HEADER } from '../../helpers/fixture-data.ts';

// A district ranking published every year from 2004 to 2023: more periods than are pages.
const YEARS = Array.from({ length: 20 }, (_, i) => 2004 + i);
const rows = YEARS.flatMap((year) => [`Quận Ba Đình,par_index_district,${year},actual,,90,1,30,,,press-a,,`, `Phú Xuyên,par_index_district,${year},actual,,80,30,30,,,press-a,,`]);

const bundle = fixtureBundle({ 'observations/par-index-hanoi.csv': `${OBS_HEADER}\n${rows.join('\n')}\n` });

describe('ranking periods', () => {
  const district = <T extends { indicator_id: string }>(list: T[]) => list.filter((p) => p.indicator_id === 'par_index_district');

  it('lists every period of a ranking in time order, counted back from the latest', async () => {
    const periods = district(await rankingPeriods(bundle.data));
    expect(periods.map((p) => p.period)).toEqual(YEARS.map(String));
    expect(periods.map((p) => p.from_latest)).toEqual(YEARS.map((_, i) => YEARS.length - i));
    expect(periods.every((p) => p.units === 2)).toBe(true);
  });

  it('makes pages, and figure instances, of the latest periods only', async () => {
    const latest = YEARS.slice(-RANKING_PERIOD_PAGES).map(String);
    expect(district(await rankingPages(bundle.data)).map((p) => p.period)).toEqual(latest);
    const instances = (await indicatorRanking.instances(bundle.data)).filter((p) => p.indicator === 'par_index_district');
    expect(instances.map((p) => p.period)).toEqual(latest);
  });
});
