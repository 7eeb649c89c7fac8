import { BASE_TABLES } from '../../../pipelines/domain/bundle-files.ts';
import { readsOf } from '../../../pipelines/domain/views.ts';
import { BrowserEngine } from '../../engine/browser-engine.ts';
import type { EngineFiles } from '../../engine/engine-files.ts';
import { VIEWS } from '../../engine/views.ts';
import type { Lang } from '../../i18n/t.ts';
import { disagreementsQuery } from '../../queries/disagreements.ts';
import { figureRowsQuery } from '../../queries/figure-rows.ts';
import { engineStatus } from './engine-status.ts';
import { parseState, stateSearch, type ExplorerState } from './explorer-url.ts';

/**
 * The explorer page's first script, kept small: it starts the engine (with the tables the compare
 * view reads) and shows its progress at once, while the panels and chart modules load beside it.
 * The form and the editor are usable before the engine is; the choices of both tabs live in the URL.
 */
export function startExplorer(): void {
  const root = document.getElementById('explorer');
  if (!root) return;
  const lang = root.dataset.lang as Lang;
  const engine = new BrowserEngine(JSON.parse(root.dataset.engine!) as EngineFiles);

  const state: ExplorerState = parseState(location.search);
  if (!state.indicator && state.units.length === 0 && state.periods.length === 0) {
    state.indicator = root.dataset.defaultIndicator ?? null;
    state.periods = root.dataset.defaultPeriod ? [root.dataset.defaultPeriod] : [];
  }
  const writeUrl = () => history.replaceState(null, '', `${location.pathname}${stateSearch(state)}`);
  writeUrl();

  const firstTables = readsOf(`${figureRowsQuery.sql}\n${disagreementsQuery.sql}`, VIEWS, BASE_TABLES).tables;
  let ui: { show(): void; openSql(): void } | undefined;
  const status = engineStatus(root, lang, engine, firstTables, () => ui?.show());
  const started = status.start();

  // The tabs work from the start; the SQL editor opens once the panels have loaded.
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const showTab = (tab: ExplorerState['tab']) => {
    state.tab = tab;
    for (const button of tabs) {
      const selected = button.dataset.tab === tab;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      root.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`)!.hidden = !selected;
    }
    if (tab === 'sql') ui?.openSql();
  };
  for (const button of tabs) {
    button.addEventListener('click', () => {
      showTab(button.dataset.tab as ExplorerState['tab']);
      writeUrl();
    });
    button.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      const other = tabs[(tabs.indexOf(button) + 1) % tabs.length]!;
      other.focus();
      other.click();
    });
  }
  showTab(state.tab);

  void import('./explorer-ui.ts').then(({ explorerUi }) => {
    ui = explorerUi(root, lang, engine, state, status, writeUrl);
    // The first results follow once the engine is up; a failed start is shown by the status.
    started.then(() => ui!.show(), () => {});
  });
}
