/**
 * `npm run bench`: serves the built site (gzip, loopback), opens pages in Chromium and prints every
 * target of the site's speed budget with its median and range over several runs: what a page costs
 * before interaction, the year change on /xep-hang/ (no engine), the explorer (engine start, first
 * result, form changes, main-thread tasks), the engine at scale on synthetic observation tables
 * generated here and never shipped (Arrow IPC, as the site loads them, and Parquet decoded in a
 * worker, the alternative), and a slow phone on a slow network. Figures are printed, not asserted:
 * they vary with the machine and its load, which is printed too. `npm run bench -- year explorer`
 * runs only some parts (paint, year, explorer, scale).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { tableOf } from '../../pipelines/lib/table-of.ts';
import { toArrowIPC } from '../../pipelines/lib/arrow-write.ts';
import { toParquet } from '../../pipelines/lib/parquet-write.ts';
import type { Row } from '../../pipelines/lib/table-schema.ts';
import { observationsOutput } from '../../pipelines/schemas/outputs.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type Fault } from '../helpers/static-server.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;

interface Line {
  target: string;
  budget: string;
  values: number[];
  unit: 'ms' | 'KiB' | 'bytes' | 'count';
  /** True when the median meets the budget. */
  met?: boolean;
}
const lines: Line[] = [];
function report(target: string, budget: string, values: number[], unit: Line['unit'], limit?: number): void {
  const line: Line = { target, budget, values, unit, met: limit === undefined ? undefined : median(values) <= limit };
  lines.push(line);
  console.log(`  ${format(line)}`);
}
function show(values: number[], unit: Line['unit']): string {
  const f = (v: number) => (unit === 'KiB' ? (v / 1024).toFixed(1) : unit === 'ms' ? v.toFixed(v < 100 ? 1 : 0) : String(v));
  const s = sorted(values);
  return `${f(median(values))} ${unit === 'bytes' ? 'B' : unit === 'count' ? '' : unit} (range ${f(s[0]!)}–${f(s[s.length - 1]!)}, n=${values.length})`;
}
const format = (l: Line) => `${l.target.padEnd(62)} ${show(l.values, l.unit).padEnd(40)} target ${l.budget}${l.met === undefined ? '' : l.met ? '  ok' : '  MISSED'}`;

/** Slow 4G (1.6 Mbit/s, 150 ms round trip) and a CPU four times slower. */
async function slowPhone(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

// In every page: the long main-thread tasks (over 50 ms) as they happen.
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
`;
// In the explorer: when the compare view first shows a result (a chart or its absence).
const FIRST_RESULT = `
  window.__firstResult = null;
  new MutationObserver(() => {
    const result = document.querySelector('[data-part="compare-result"]');
    if (window.__firstResult === null && result && result.dataset.state) window.__firstResult = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
`;
const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
const longest = (tasks: { duration: number }[]) => Math.max(0, ...tasks.map((t) => t.duration));

async function transferred(page: Page): Promise<{ url: string; bytes: number }[]> {
  const transfers: { url: string; bytes: number }[] = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    transfers.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  return transfers;
}

async function firstPaint(browser: Browser, url: string, path: string): Promise<void> {
  const bytes: number[] = [];
  const fcp: number[] = [];
  let chartInHtml = true;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const transfers = await transferred(page);
    const response = await page.goto(url + path, { waitUntil: 'networkidle' });
    chartInHtml &&= /<figure class="chart"[^]*?<svg/.test(await response!.text());
    bytes.push(transfers.reduce((sum, t) => sum + t.bytes, 0));
    fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    await context.close();
  }
  console.log(`\n${path}: first paint (chart in the HTML: ${chartInHtml ? 'yes' : 'NO'})`);
  report(`${path} bytes before interaction (gzip, headers included)`, path === '/xep-hang/' ? '≤ 33 KiB' : '< 100 KiB', bytes, 'KiB', path === '/xep-hang/' ? 33 * 1024 : 100 * 1024);
  report(`${path} first contentful paint`, '—', fcp, 'ms');
}

// Click → the new year's chart on screen: the swap, then the frame that paints it.
const YEAR_TIMING = `
  window.__years = [];
  document.addEventListener('click', (e) => {
    const link = e.target.closest && e.target.closest('a[data-year]');
    if (!link) return;
    const clicked = performance.now();
    const app = document.getElementById('ranking-app');
    new MutationObserver((_, observer) => {
      if (app.dataset.year !== link.dataset.year) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => window.__years.push(performance.now() - clicked)));
    }).observe(app, { attributes: true, attributeFilter: ['data-year'] });
  }, true);
`;

async function yearChange(browser: Browser, url: string): Promise<void> {
  console.log('\n/xep-hang/: year change (fetch the pre-rendered year, swap its figures; no engine)');
  const cold: number[] = [];
  const warm: number[] = [];
  const slow: number[] = [];
  let wasm = 0;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(YEAR_TIMING);
    const transfers = await transferred(page);
    await page.goto(`${url}/xep-hang/`, { waitUntil: 'networkidle' });
    const years = await page.$$eval('a[data-year]:not([aria-current])', (as) => as.map((a) => (a as HTMLElement).dataset.year!));
    for (const year of years.slice(0, 2)) {
      await page.click(`a[data-year="${year}"]`);
      await page.waitForFunction((n) => (window as unknown as { __years: number[] }).__years.length === n, years.indexOf(year) + 1);
    }
    const [first, second] = await page.evaluate(() => (window as unknown as { __years: number[] }).__years);
    cold.push(first!);
    warm.push(second!);
    wasm += transfers.filter((t) => t.url.endsWith('.wasm')).reduce((s, t) => s + t.bytes, 0);
    await context.close();

    const slowContext = await browser.newContext();
    const slowPage = await slowContext.newPage();
    await slowPage.addInitScript(YEAR_TIMING);
    await slowPage.goto(`${url}/xep-hang/`, { waitUntil: 'networkidle' });
    await slowPhone(slowContext, slowPage);
    await slowPage.click(`a[data-year="${years[0]}"]`);
    await slowPage.waitForFunction(() => (window as unknown as { __years: number[] }).__years.length === 1, null, { timeout: 30_000 });
    slow.push((await slowPage.evaluate(() => (window as unknown as { __years: number[] }).__years))[0]!);
    await slowContext.close();
  }
  report('first year change, click → new chart painted (cold)', '≤ 50 ms', cold, 'ms', 50);
  report('second year change (warm)', '≤ 50 ms', warm, 'ms', 50);
  report('wasm bytes fetched by year changes', '0', [wasm], 'bytes', 0);
  report('first year change on slow 4G + 4× CPU', '< 500 ms', slow, 'ms', 500);
}

const measures = (page: Page) => page.evaluate(() => Object.fromEntries(performance.getEntriesByType('measure').map((m) => [m.name, m.duration])));
const compareState = () => document.querySelector('[data-part="compare-result"]')?.getAttribute('data-state');

async function explorer(browser: Browser, url: string): Promise<void> {
  console.log('\n/kham-pha/: the explorer (DuckDB-WASM in a worker, Arrow IPC tables)');
  const firstResult: number[] = [];
  const engineReady: number[] = [];
  const longestTask: number[] = [];
  const formChange: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(LONG_TASKS);
    await page.addInitScript(FIRST_RESULT);
    await page.goto(`${url}/kham-pha/`);
    await page.waitForFunction(compareState, null, { timeout: 60_000 });
    firstResult.push(await page.evaluate(() => (window as unknown as { __firstResult: number }).__firstResult));
    engineReady.push((await measures(page))['engine start']!);
    longestTask.push(longest(await longTasks(page)));
    // Warm changes of the form: tick and untick a unit, each time until the redrawn chart is in the page.
    formChange.push(
      ...(await page.evaluate(async () => {
        const times: number[] = [];
        const result = document.querySelector('[data-part="compare-result"]')!;
        const box = document.querySelector<HTMLInputElement>('input[name="unit"][value="dong-da"]')!;
        for (let i = 0; i < 20; i++) {
          const drawn = new Promise<void>((done) => new MutationObserver((_, o) => (o.disconnect(), done())).observe(result, { childList: true }));
          const started = performance.now();
          box.click();
          await drawn;
          times.push(performance.now() - started);
        }
        return times;
      })),
    );
    await context.close();
  }
  report('explorer open → first result of the default view', '≤ 1200 ms', firstResult, 'ms', 1200);
  report('  of which engine start (data, wasm, DuckDB, tables)', '—', engineReady, 'ms');
  report('longest main-thread task while the engine loads', '≤ 50 ms', longestTask, 'ms', 50);
  report('warm compare-form change → redrawn chart', '≤ 16 ms', formChange, 'ms', 16);

  const progressTotal: number[] = [];
  for (let run = 0; run < Math.min(RUNS, 3); run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await slowPhone(context, page);
    await page.goto(`${url}/kham-pha/`, { waitUntil: 'commit' });
    await page.waitForFunction(() => /\/ [\d,.]+ MB/.test(document.querySelector('[data-part="engine-text"]')?.textContent ?? ''), null, { timeout: 60_000, polling: 20 });
    progressTotal.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  report('slow 4G + 4× CPU: progress with its total on screen after', '≤ 1000 ms', progressTotal, 'ms', 1000);
}

/** Synthetic observations: real unit, indicator and source ids, made-up values, so every view works over them. */
function syntheticObservations(n: number): Row[] {
  const ids = (file: string) => readFileSync(`public/data/${file}`, 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[0]!);
  const units = ids('units.csv');
  // Not the district index: the explorer's default view stays small, the scale is in the table.
  const indicators = ids('indicators.csv').filter((i) => i !== 'par_index_district');
  const sources = ids('sources.csv');
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const year = 2000 + (i % 25);
    rows.push({
      obs_id: `syn${i.toString(16).padStart(9, '0')}`,
      dataset: 'synthetic-bench',
      unit_id: units[i % units.length]!,
      indicator_id: indicators[(i * 7) % indicators.length]!,
      period: String(year),
      period_start: `${year}-01-01`,
      period_end: `${year}-12-31`,
      kind: 'actual',
      comparator: '=',
      value: Math.round(((i * 7919) % 10000) / 1) / 100,
      rank: null,
      rank_of: null,
      group: null,
      as_of: null,
      source_id: sources[i % sources.length]!,
      note_en: null,
      note_vi: null,
    });
  }
  return rows;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The explorer page with observations.arrow replaced by a synthetic table (its size and hash in the page). */
async function withSyntheticObservations(faults: Map<string, Fault>, arrow: Uint8Array): Promise<void> {
  const hash = sha256(arrow);
  faults.set('/data/observations.arrow', (_, res) => res.writeHead(200, { 'content-type': 'application/vnd.apache.arrow.stream', 'content-length': arrow.length }).end(arrow));
  faults.set('/kham-pha/', (_, res, body) => {
    const html = body.toString('utf8').replace(/data-engine="([^"]*)"/, (_m, attr: string) => {
      const files = JSON.parse(attr.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as { tables: Record<string, { bytes: number; sha256: string }> };
      files.tables.observations = { ...files.tables.observations!, bytes: arrow.length, sha256: hash };
      return `data-engine="${JSON.stringify(files).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
}

async function scale(browser: Browser, url: string, faults: Map<string, Fault>): Promise<void> {
  const worker = (await build({ entryPoints: ['tests/bench/parquet-decode.worker.ts'], bundle: true, format: 'iife', write: false, minify: true })).outputFiles[0]!.contents;
  faults.set('/bench/parquet-decode.js', (_, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(worker));
  const groupBy = 'SELECT unit_id, count(*) AS n, avg(value) AS mean FROM observations GROUP BY unit_id ORDER BY unit_id';
  for (const [n, budget] of [[100_000, 500], [1_000_000, 2000]] as const) {
    const rows = tableOf(syntheticObservations(n), observationsOutput.schema.fields.map((f) => f.name));
    const arrow = toArrowIPC(rows, observationsOutput.schema);
    const parquet = toParquet(rows, observationsOutput.schema);
    console.log(`\nscale: ${n.toLocaleString('en')} synthetic observations (Arrow IPC ${mib(arrow.length)}, Parquet ${mib(parquet.length)}; never shipped)`);
    await withSyntheticObservations(faults, arrow);
    faults.set('/bench/observations.parquet', (_, res) => res.writeHead(200, { 'content-type': 'application/vnd.apache.parquet', 'content-length': parquet.length }).end(parquet));
    const load: number[] = [];
    const fetchVerify: number[] = [];
    const insert: number[] = [];
    const query: number[] = [];
    const freeze: number[] = [];
    const parquetPath: number[] = [];
    const parquetFreeze: number[] = [];
    const parquetParts: string[] = [];
    for (let run = 0; run < Math.min(RUNS, 3); run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(LONG_TASKS);
      await page.goto(`${url}/kham-pha/?tab=sql&sql=${encodeURIComponent(groupBy)}`);
      await page.waitForFunction(() => ['ready', 'error', 'failed'].includes(document.getElementById('panel-sql')?.dataset.state ?? ''), null, { timeout: 120_000 });
      const m = await measures(page);
      fetchVerify.push(m['engine fetch observations']!);
      insert.push(m['engine insert observations']!);
      load.push(m['engine fetch observations']! + m['engine insert observations']!);
      query.push(Number((await page.textContent('[data-part="sql-status"]'))!.match(/([\d.,]+) ms/)![1]!.replace(/[.,]/g, '')));
      freeze.push(longest(await longTasks(page)));
      await context.close();

      // The alternative: Parquet decoded column-wise in a worker, then the same insert.
      const other = await browser.newContext();
      const otherPage = await other.newPage();
      await otherPage.addInitScript(LONG_TASKS);
      await otherPage.goto(`${url}/du-lieu/`);
      const timing = await otherPage.evaluate(() => new Promise<{ fetchMs: number; hashMs: number; decodeMs: number; encodeMs: number }>((done) => {
        const w = new Worker('/bench/parquet-decode.js');
        w.onmessage = (e) => done(e.data);
        w.postMessage('/bench/observations.parquet');
      }));
      parquetPath.push(timing.fetchMs + timing.hashMs + timing.decodeMs + timing.encodeMs + insert[insert.length - 1]!);
      parquetParts.push(`fetch ${timing.fetchMs.toFixed(0)} + hash ${timing.hashMs.toFixed(0)} + decode ${timing.decodeMs.toFixed(0)} + encode ${timing.encodeMs.toFixed(0)} + insert ${insert[insert.length - 1]!.toFixed(0)} ms`);
      parquetFreeze.push(longest(await longTasks(otherPage)));
      await other.close();
    }
    report(`${n.toLocaleString('en')} rows, Arrow IPC: fetch + SHA-256 + insert into DuckDB`, `≤ ${budget} ms`, load, 'ms', budget);
    report('  of which fetch + SHA-256', '—', fetchVerify, 'ms');
    report('  of which insert (insertArrowFromIPCStream)', '—', insert, 'ms');
    report(`${n.toLocaleString('en')} rows: GROUP BY unit_id (DuckDB's time)`, n === 1_000_000 ? '≤ 500 ms' : '—', query, 'ms', n === 1_000_000 ? 500 : undefined);
    report(`${n.toLocaleString('en')} rows: longest main-thread task, load and query`, '≤ 100 ms', freeze, 'ms', 100);
    report(`${n.toLocaleString('en')} rows, Parquet decoded in a worker, then inserted`, '(comparison)', parquetPath, 'ms');
    console.log(`    last run: ${parquetParts[parquetParts.length - 1]}`);
    report('  longest main-thread task on the Parquet path', '(comparison)', parquetFreeze, 'ms');
  }
  faults.clear();
}

async function main() {
  const faults = new Map<string, Fault>();
  const server = await serveStatic(resolve('dist'), '/', { faults });
  // A static host serves precompressed files; warm the server's gzip cache so no run pays for it.
  for (const file of readdirSync('dist/_astro')) await (await fetch(`${server.url}/_astro/${file}`, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
  const browser = await launchChromium();
  const [one, five, fifteen] = loadavg();
  console.log(`page bench: median (range) of ${RUNS} runs unless n says otherwise; site served gzip on loopback; ${cpus().length} cores, load average ${one!.toFixed(2)} ${five!.toFixed(2)} ${fifteen!.toFixed(2)}`);
  // `npm run bench -- explorer scale` runs only those parts.
  const only = process.argv.slice(2);
  const part = (name: string) => only.length === 0 || only.includes(name);
  if (part('paint')) for (const path of ['/', '/xep-hang/']) await firstPaint(browser, server.url, path);
  if (part('year')) await yearChange(browser, server.url);
  if (part('explorer')) await explorer(browser, server.url);
  if (part('scale')) await scale(browser, server.url, faults);
  console.log('\nsummary');
  for (const line of lines) console.log(`  ${format(line)}`);
  await browser.close();
  await server.close();
}

await main();
