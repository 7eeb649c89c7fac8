import { browserData } from '../../engine/browser-data.ts';
import type { BrowserEngine } from '../../engine/browser-engine.ts';
import { t, type Lang } from '../../i18n/t.ts';
import type { ExplorerCatalog } from '../../queries/explorer-catalog.ts';
import { comparePanel } from './compare-panel.ts';
import type { EngineStatus } from './engine-status.ts';
import type { ExplorerState } from './explorer-url.ts';
import { sqlPanel } from './sql-panel.ts';

/** The explorer's tabs and panels (with the chart modules they draw with), loaded while the engine starts. */
export function explorerUi(root: HTMLElement, lang: Lang, engine: BrowserEngine, state: ExplorerState, status: EngineStatus, writeUrl: () => void) {
  const catalog = JSON.parse(root.dataset.catalog!) as ExplorerCatalog;
  const compare = comparePanel(root, lang, catalog, browserData(engine), state, writeUrl, status);
  const sql = sqlPanel(root, lang, catalog, engine, state, writeUrl, status);

  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const showTab = (tab: ExplorerState['tab']) => {
    state.tab = tab;
    for (const button of tabs) {
      const selected = button.dataset.tab === tab;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      root.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`)!.hidden = !selected;
    }
    if (tab === 'sql') void sql.open();
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

  /** The results the state asks for: the compare view, and the query when the link holds one. */
  const show = () => {
    void compare.draw();
    if (state.tab === 'sql' && state.sql) void sql.run();
  };
  return { show };
}
