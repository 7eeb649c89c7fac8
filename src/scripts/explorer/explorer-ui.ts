import { browserData } from '../../engine/browser-data.ts';
import type { BrowserEngine } from '../../engine/browser-engine.ts';
import { t, type Lang } from '../../i18n/t.ts';
import type { ExplorerCatalog } from '../../queries/explorer-catalog.ts';
import { comparePanel } from './compare-panel.ts';
import type { EngineStatus } from './engine-status.ts';
import type { ExplorerState } from './explorer-url.ts';
import { sqlPanel } from './sql-panel.ts';

/** The explorer's panels (with the chart modules they draw with) and the choices they offer, loaded while the engine starts. */
export function explorerUi(root: HTMLElement, lang: Lang, engine: BrowserEngine, state: ExplorerState, status: EngineStatus, writeUrl: () => void, catalog: ExplorerCatalog) {
  const compare = comparePanel(root, lang, catalog, browserData(engine), state, writeUrl, status);
  const sql = sqlPanel(root, lang, catalog, engine, state, writeUrl, status);

  root.querySelectorAll('[data-action="copy-link"]').forEach((button) =>
    button.addEventListener('click', async () => {
      await navigator.clipboard?.writeText(location.href).catch(() => {});
      root.querySelector<HTMLElement>('[data-part="engine-text"]')!.textContent = t(lang, 'linkCopied');
    }),
  );
  if (state.tab === 'sql') void sql.open();

  /** The results the state asks for: the compare view, and the query when the link holds one. */
  const show = () => {
    void compare.draw();
    if (state.tab === 'sql' && state.sql) void sql.run();
  };
  return { show, openSql: () => void sql.open() };
}
