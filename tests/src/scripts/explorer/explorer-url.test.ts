import { describe, expect, it } from 'vitest';
import { parseState, stateSearch, type ExplorerState } from '../../../../src/scripts/explorer/explorer-url.ts';

describe('the explorer state in the URL', () => {
  it.each<ExplorerState>([
    { tab: 'compare', indicator: 'par_index_district', units: ['ba-dinh', 'phu-xuyen'], periods: ['2023'], sql: null },
    { tab: 'sql', indicator: null, units: [], periods: [], sql: "SELECT * FROM figures WHERE unit_name_vi = 'Ba Đình' AND value > 90 -- & more, ?" },
    { tab: 'sql', indicator: 'sipas_province', units: ['ha-noi'], periods: ['2019', '2020'], sql: 'SELECT 1' },
  ])('reads back what it wrote: %o', (state) => {
    expect(parseState(stateSearch(state))).toEqual(state);
  });

  it('leaves an empty choice out of the address', () => {
    expect(stateSearch({ tab: 'compare', indicator: null, units: [], periods: [], sql: null })).toBe('');
  });
});
