/** Everything a reader chose in the explorer, so a link reopens the same view. */
export interface ExplorerState {
  tab: 'compare' | 'sql';
  indicator: string | null;
  units: string[];
  periods: string[];
  sql: string | null;
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function parseState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  return {
    tab: params.get('tab') === 'sql' ? 'sql' : 'compare',
    indicator: params.get('indicator'),
    units: list(params.get('units')),
    periods: list(params.get('periods')),
    sql: params.get('sql'),
  };
}

/** The query string of a state; empty choices are left out. */
export function stateSearch(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.tab === 'sql') params.set('tab', 'sql');
  if (state.indicator) params.set('indicator', state.indicator);
  if (state.units.length > 0) params.set('units', state.units.join(','));
  if (state.periods.length > 0) params.set('periods', state.periods.join(','));
  if (state.sql) params.set('sql', state.sql);
  const text = params.toString();
  return text ? `?${text}` : '';
}
