import { queryResultChart, resultShape } from '../../charts/query-result.ts';
import { layoutFor } from '../../charts/layout.ts';
import { rendererFor } from '../../charts/render.ts';
import { QueryError, type BrowserEngine } from '../../engine/browser-engine.ts';
import type { ResultPage, SqlResult } from '../../engine/engine-protocol.ts';
import { figureHtml } from '../../figures/figure.ts';
import { formatNumber, t, type Lang } from '../../i18n/t.ts';
import { saveFile } from '../../lib/download.ts';
import { escapeHtml } from '../../lib/html.ts';
import type { ExplorerCatalog } from '../../queries/explorer-catalog.ts';
import { exampleQueries } from './examples.ts';
import type { EngineStatus } from './engine-status.ts';
import type { ExplorerState } from './explorer-url.ts';
import type { SqlEditor } from './sql-editor.ts';

const PAGE_SIZE = 100;

export interface SqlPanel {
  /** Called when the tab is first shown: the editor loads then, not with the page. */
  open(): Promise<void>;
  run(): Promise<void>;
}

function tableHtml(page: ResultPage): string {
  const head = page.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = page.rows
    .map((row) => `<tr>${row.map((v, j) => (v === null ? '<td class="null">NULL</td>' : `<td${page.types[j] === 'number' ? ' class="num"' : ''}>${escapeHtml(String(v))}</td>`)).join('')}</tr>`)
    .join('');
  return `<thead><tr>${head}</tr></thead><tbody>${body}</tbody>`;
}

/**
 * The SQL tab: an editor with completion of the bundle's names, example queries, the result paged
 * as a table with its row count and time, a chart when its shape allows, CSV and Parquet downloads,
 * cancel, and DuckDB's own message next to the editor when it refuses a query.
 */
export function sqlPanel(root: HTMLElement, lang: Lang, catalog: ExplorerCatalog, engine: BrowserEngine, state: ExplorerState, onChange: () => void, status: EngineStatus): SqlPanel {
  const panel = root.querySelector<HTMLElement>('#panel-sql')!;
  const textarea = panel.querySelector<HTMLTextAreaElement>('textarea')!;
  const runButton = panel.querySelector<HTMLButtonElement>('[data-action="sql-run"]')!;
  const cancelButton = panel.querySelector<HTMLButtonElement>('[data-action="sql-cancel"]')!;
  const message = panel.querySelector<HTMLElement>('[data-part="sql-status"]')!;
  const error = panel.querySelector<HTMLElement>('[data-part="sql-error"]')!;
  const resultBox = panel.querySelector<HTMLElement>('[data-part="sql-result"]')!;
  const table = panel.querySelector<HTMLTableElement>('[data-part="sql-table"]')!;
  const chart = panel.querySelector<HTMLElement>('[data-part="sql-chart"]')!;
  const pageText = panel.querySelector<HTMLElement>('[data-part="sql-page"]')!;
  const prev = panel.querySelector<HTMLButtonElement>('[data-action="sql-prev"]')!;
  const next = panel.querySelector<HTMLButtonElement>('[data-action="sql-next"]')!;
  if (state.sql) textarea.value = state.sql;

  // Until CodeMirror has loaded, the plain text area is the editor.
  let editor: SqlEditor = { text: () => textarea.value, set: (text) => (textarea.value = text), focus: () => textarea.focus() };
  let opened: Promise<void> | undefined;
  let rowCount = 0;
  let offset = 0;

  const showPage = (page: ResultPage) => {
    table.innerHTML = tableHtml(page);
    pageText.textContent = t(lang, 'sqlPage', { from: rowCount === 0 ? 0 : offset + 1, to: offset + page.rows.length, n: formatNumber(lang, rowCount) });
    prev.disabled = offset === 0;
    next.disabled = offset + PAGE_SIZE >= rowCount;
  };

  const showResult = (result: SqlResult) => {
    rowCount = result.rowCount;
    offset = 0;
    message.textContent = t(lang, 'sqlRows', { n: formatNumber(lang, result.rowCount), ms: formatNumber(lang, Math.round(result.elapsedMs)) });
    const shape = result.rowCount <= PAGE_SIZE ? resultShape(result) : undefined;
    // Shown first, so that the chart's column can be measured and the chart drawn at its layout.
    resultBox.hidden = false;
    chart.innerHTML = shape
      ? figureHtml('sql-chart', 'sql-chart', {
          title: t(lang, 'sqlChartTitle'),
          description: t(lang, 'sqlChartDesc', { x: result.columns[shape.x]!, y: result.columns[shape.y]! }),
          chart: (layout) => queryResultChart(result, shape, { lang, layout }),
          legend: [],
          table: { caption: t(lang, 'sqlChartTitle'), columns: result.columns, rows: result.rows.map((r) => r.map((v) => (v === null ? '' : String(v)))) },
          sources: [],
        }, lang, rendererFor(document), { layout: layoutFor(chart.getBoundingClientRect().width) })
      : '';
    showPage(result);
  };

  async function run(): Promise<void> {
    const text = editor.text();
    state.sql = text;
    onChange();
    error.hidden = true;
    // The previous query's rows would read as this one's answer if it fails or is cancelled.
    resultBox.hidden = true;
    message.textContent = t(lang, 'sqlRunning');
    panel.dataset.state = 'running';
    runButton.disabled = true;
    cancelButton.disabled = false;
    try {
      await status.start();
      showResult(await engine.sql(text, PAGE_SIZE));
      panel.dataset.state = 'ready';
    } catch (failure) {
      if (failure instanceof QueryError) {
        panel.dataset.state = failure.cancelled ? 'cancelled' : 'error';
        message.textContent = failure.cancelled ? t(lang, 'sqlCancelled') : '';
        if (!failure.cancelled) {
          error.textContent = `${t(lang, 'sqlError')} ${failure.message}`;
          error.hidden = false;
        }
      } else {
        panel.dataset.state = 'failed';
        message.textContent = '';
        status.fail(failure);
      }
    } finally {
      runButton.disabled = false;
      cancelButton.disabled = true;
    }
  }

  const turn = async (delta: number) => {
    try {
      const page = await engine.page(Math.max(0, offset + delta), PAGE_SIZE);
      offset = Math.max(0, offset + delta);
      showPage(page);
    } catch (failure) {
      error.textContent = failure instanceof Error ? failure.message : String(failure);
      error.hidden = false;
    }
  };
  prev.addEventListener('click', () => void turn(-PAGE_SIZE));
  next.addEventListener('click', () => void turn(PAGE_SIZE));
  runButton.addEventListener('click', () => void run());
  cancelButton.addEventListener('click', () => engine.cancelQuery());
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void run();
  });
  for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-example]')) {
    button.addEventListener('click', () => {
      editor.set(exampleQueries(lang)[Number(button.dataset.example)]!.sql);
      void run();
    });
  }
  panel.querySelector('[data-action="sql-csv"]')!.addEventListener('click', async () => saveFile(await engine.download('csv'), 'query.csv', 'text/csv'));
  panel.querySelector('[data-action="sql-parquet"]')!.addEventListener('click', async () => saveFile(await engine.download('parquet'), 'query.parquet', 'application/vnd.apache.parquet'));

  return {
    open() {
      opened ??= import('./sql-editor.ts').then(({ sqlEditor }) => {
        editor = sqlEditor(textarea, catalog.tables, () => void run());
      });
      return opened;
    },
    run,
  };
}
