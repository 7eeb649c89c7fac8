import { BASE_TABLES } from '../../../pipelines/domain/bundle-files.ts';
import { readsOf } from '../../../pipelines/domain/views.ts';
import { BrowserEngine } from '../../engine/browser-engine.ts';
import type { DataFile, EngineFiles } from '../../engine/engine-files.ts';
import { fetchVerified } from '../../engine/verified-fetch.ts';
import { VIEWS } from '../../engine/views.ts';
import type { Lang } from '../../i18n/t.ts';
import type { ExplorerCatalog } from '../../queries/explorer-catalog.ts';
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
  // The panels load beside the engine, with the catalog of their choices (a file of its own, checked
  // against the SHA-256 the page gives, see src/lib/explorer-catalog-file.ts); a retry loads again what failed.
  const catalogFile = JSON.parse(root.dataset.catalog!) as DataFile;
  let ui: { show(): void; openSql(): void } | undefined;
  let panels: Promise<void> | undefined;
  const loadPanels = () =>
    (panels ??= Promise.all([import('./explorer-ui.ts'), fetchVerified(catalogFile)]).then(
      ([{ explorerUi }, bytes]) => {
        ui = explorerUi(root, lang, engine, state, status, writeUrl, JSON.parse(new TextDecoder().decode(bytes)) as ExplorerCatalog);
      },
      (error: unknown) => {
        panels = undefined;
        throw error;
      },
    ));
  const status = engineStatus(root, lang, engine, firstTables, () => void loadPanels().then(() => ui!.show(), (error: unknown) => status.fail(error)));
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

  // The first results follow once the engine is up and the panels are loaded. A failed start is
  // shown by the status; a failed catalog is shown once the start has settled, which would
  // otherwise replace the message with "ready".
  void Promise.allSettled([loadPanels(), started]).then(([loaded, start]) => {
    if (start.status === 'rejected') return;
    if (loaded.status === 'rejected') status.fail(loaded.reason);
    else ui!.show();
  });
}
