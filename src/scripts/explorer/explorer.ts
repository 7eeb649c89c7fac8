import { readsOf } from '../../../pipelines/domain/views.ts';
import { BASE_TABLES } from '../../../pipelines/domain/bundle-files.ts';
import { browserData } from '../../engine/browser-data.ts';
import { BrowserEngine } from '../../engine/browser-engine.ts';
import type { EngineFiles } from '../../engine/engine-files.ts';
import { VIEWS } from '../../engine/views.ts';
import { t, type Lang } from '../../i18n/t.ts';
import type { ExplorerCatalog } from '../../queries/explorer-catalog.ts';
import { comparePanel, COMPARE_SQL } from './compare-panel.ts';
import { engineStatus } from './engine-status.ts';
import { parseState, stateSearch, type ExplorerState } from './explorer-url.ts';
import { sqlPanel } from './sql-panel.ts';

/**
 * The explorer page. The engine starts as the page opens, with its progress shown, while the form
 * and the editor are already usable; the first result is the compare form's default view. The
 * choices of both tabs live in the URL.
 */
export function startExplorer(): void {
  const root = document.getElementById('explorer');
  if (!root) return;
  const lang = root.dataset.lang as Lang;
  const catalog = JSON.parse(root.dataset.catalog!) as ExplorerCatalog;
  const engine = new BrowserEngine(JSON.parse(root.dataset.engine!) as EngineFiles);
  const data = browserData(engine);

  const state: ExplorerState = parseState(location.search);
  if (!state.indicator && state.units.length === 0 && state.periods.length === 0) {
    state.indicator = root.dataset.defaultIndicator ?? null;
    state.periods = root.dataset.defaultPeriod ? [root.dataset.defaultPeriod] : [];
  }
  const writeUrl = () => history.replaceState(null, '', `${location.pathname}${stateSearch(state)}`);

  const firstTables = readsOf(COMPARE_SQL.join('\n'), VIEWS, BASE_TABLES).tables;
  let compare: ReturnType<typeof comparePanel> | undefined;
  let sql: ReturnType<typeof sqlPanel> | undefined;
  const retry = () => void (state.tab === 'sql' && state.sql ? sql?.run() : compare?.draw());
  const status = engineStatus(root, lang, engine, firstTables, retry);
  compare = comparePanel(root, lang, catalog, data, state, writeUrl, status.fail);
  sql = sqlPanel(root, lang, catalog, engine, state, writeUrl, status.fail);

  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const showTab = (tab: ExplorerState['tab']) => {
    state.tab = tab;
    for (const button of tabs) {
      const selected = button.dataset.tab === tab;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      root.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`)!.hidden = !selected;
    }
    if (tab === 'sql') void sql!.open();
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
  root.querySelectorAll('[data-action="copy-link"]').forEach((button) =>
    button.addEventListener('click', async () => {
      await navigator.clipboard?.writeText(location.href).catch(() => {});
      root.querySelector<HTMLElement>('[data-part="engine-text"]')!.textContent = t(lang, 'linkCopied');
    }),
  );

  showTab(state.tab);
  writeUrl();
  // The engine starts now; the first results follow once it is up (a failure is shown by the status).
  status.start().then(() => {
    void compare.draw();
    if (state.tab === 'sql' && state.sql) void sql.run();
  }, () => {});
}
