import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { plainValue } from '../../pipelines/domain/values.ts';
import { BUNDLE_DIR, bundleQueryRunner } from '../../src/engine/build-engine.ts';
import { defineQuery } from '../../src/engine/query.ts';
import { PICTURE_WIDTH, PNG_SCALE } from '../../src/figures/picture.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import { browser, server, serveSite } from '../helpers/served-site.ts';

// Runs against the built site in dist/ (the test command builds it first); every expected row
// comes from the same SQL run at test time by native DuckDB over the bundle in public/data/.
const native = bundleQueryRunner(BUNDLE_DIR);
const nativeRows = async (sql: string) => (await native(defineQuery(sql, {}))) as Record<string, unknown>[];
const asText = (v: unknown) => (v === null ? 'NULL' : String(plainValue(v)));

serveSite(resolve('dist'));

interface Opened {
  page: Page;
  errors: string[];
}

async function open(path: string): Promise<Opened> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(server.url + path);
  return { page, errors };
}

const compareReady = (page: Page) => page.waitForFunction(() => ['ready', 'partial'].includes(document.querySelector('[data-part="compare-result"]')?.getAttribute('data-state') ?? ''));
const sqlDone = (page: Page) => page.waitForFunction(() => ['ready', 'error', 'cancelled', 'failed'].includes(document.getElementById('panel-sql')?.dataset.state ?? ''));

/** The SQL tab's result table: header cells and body rows as text. */
const sqlTable = (page: Page) =>
  page.evaluate(() => ({
    columns: [...document.querySelectorAll('[data-part="sql-table"] thead th')].map((c) => c.textContent),
    rows: [...document.querySelectorAll('[data-part="sql-table"] tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent)),
  }));

/** Puts a query in the editor as a reader pastes it (no bracket closing, no completion). */
async function setSql(page: Page, sql: string): Promise<void> {
  await page.click('#tab-sql');
  await page.waitForSelector('#panel-sql .cm-content');
  await page.click('#panel-sql .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(sql);
}

async function runSql(page: Page, sql: string): Promise<void> {
  await page.evaluate(() => document.getElementById('panel-sql')?.removeAttribute('data-state'));
  await setSql(page, sql);
  await page.click('[data-action="sql-run"]');
  await sqlDone(page);
}

describe('the explorer', () => {
  it('lists each level’s units in the alphabetical order of the page’s language', async () => {
    for (const [path, lang] of [['/kham-pha/', 'vi'], ['/en/explore/', 'en']] as const) {
      const { page } = await open(path);
      const items = await page.$$eval('li[data-unit-level]', (lis) => lis.map((li) => ({ level: (li as HTMLElement).dataset.unitLevel!, name: li.textContent!.trim() })));
      const levels = Map.groupBy(items, (item) => item.level);
      expect(levels.get('district')?.length, path).toBeGreaterThan(5);
      for (const [level, units] of levels) {
        const names = units.map((u) => u.name);
        expect(names, `${path} ${level}`).toEqual([...names].sort((a, b) => a.localeCompare(b, lang)));
      }
      // Not code-point order, which puts Đ after Z: the data has districts in Đ.
      if (lang === 'vi') expect(levels.get('district')!.map((u) => u.name)).not.toEqual(levels.get('district')!.map((u) => u.name).sort());
      await page.context().close();
    }
  });

  it('counts in each group of units the units it shows for the chosen indicator', async () => {
    const { page } = await open('/en/explore/?indicator=sipas_province');
    await compareReady(page);
    const groups = await page.$$eval('.unit-groups details:not([hidden])', (details) =>
      details.map((d) => ({ count: d.querySelector('[data-part="unit-count"]')!.textContent, shown: [...d.querySelectorAll('li')].filter((li) => !li.hidden).length })));
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) expect(Number(group.count)).toBe(group.shown);
    await page.context().close();
  });

  it('opens on the district ranking of the default year with the rows native DuckDB returns, its map, sources and disagreements', async () => {
    const { page, errors } = await open('/kham-pha/');
    await compareReady(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('indicator')).toBe('par_index_district');
    const period = url.searchParams.get('periods')!;
    const expected = await nativeRows(`SELECT unit_name_vi, rank FROM figures WHERE indicator_id = 'par_index_district' AND period = '${period}' AND kind = 'actual' ORDER BY unit_name_vi`);
    const shown = await page.$$eval('#compare-ranking table tbody tr', (rows) => rows.map((r) => ({ unit: r.children[1]!.textContent, rank: r.children[0]!.textContent })));
    expect(shown.map((r) => `${r.unit}|${r.rank}`).sort()).toEqual(expected.map((r) => `${String(r.unit_name_vi)}|${r.rank === null ? '–' : String(r.rank)}`).sort());
    // The map's districts are links to their pages: it is a group of links, the ranking one image.
    expect(await page.$$('#compare-ranking svg[role="img"], #compare-map svg[role="group"]')).toHaveLength(2);
    // Drawn once, at the layout of the column the browser measured.
    expect(await page.$$eval('#compare-ranking .chart-layout', (l) => l.map((e) => (e as HTMLElement).dataset.layout))).toEqual(['measured']);
    expect(await page.$$eval('#compare-ranking .sources li', (l) => l.length)).toBeGreaterThan(0);
    // Each note once, however many units it is about (a tie is one note on two units).
    const notes = await nativeRows(`SELECT DISTINCT d.summary_vi FROM disagreements d JOIN figures f ON list_contains(string_split(d.obs_ids, ' '), f.obs_id) WHERE f.indicator_id = 'par_index_district' AND f.period = '${period}' AND f.kind <> 'group'`);
    expect(await page.$$eval('.disagreements li', (l) => l.length)).toBe(notes.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names the chosen units that have no figure for the choice, and only those', async () => {
    const chosen = ['phu-xuyen', 'cau-giay', 'ba-vi'];
    const withFigures = (await nativeRows(`SELECT DISTINCT unit_id FROM figures WHERE indicator_id = 'par_index_district' AND unit_id IN ('phu-xuyen', 'cau-giay', 'ba-vi') AND kind <> 'group'`)).map((r) => r.unit_id);
    const absent = chosen.filter((u) => !withFigures.includes(u));
    // The data has Ba Vì in no district ranking: if that changes, choose another unit without figures.
    expect(absent).toEqual(['ba-vi']);
    const { page, errors } = await open(`/en/explore/?indicator=par_index_district&units=${chosen.join(',')}`);
    await compareReady(page);
    expect(await page.textContent('[data-part="compare-absent"]')).toBe('No figure in our sources for: Ba Vì.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('compares chosen units over every period as a series of actuals and targets, and downloads exactly those rows and its pictures', async () => {
    const { page, errors } = await open('/en/explore/');
    await compareReady(page);
    await page.selectOption('select[name="indicator"]', 'par_index_province');
    await compareReady(page);
    for (const box of await page.$$('input[name="period"]:checked')) await box.uncheck();
    await page.click('[data-action="clear-units"]');
    for (const unit of ['ha-noi', 'quang-ninh']) await page.check(`input[name="unit"][value="${unit}"]`);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('units') === 'ha-noi,quang-ninh');
    await compareReady(page);
    expect(await page.$('#compare-series svg[role="img"]')).not.toBeNull();
    const expected = await nativeRows(`SELECT obs_id FROM figures WHERE indicator_id = 'par_index_province' AND unit_id IN ('ha-noi', 'quang-ninh') AND kind <> 'group' ORDER BY obs_id`);
    expect(await page.$$eval('#compare-series table tbody tr', (r) => r.length)).toBe(expected.length);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="compare-csv"]')]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    const obsColumn = csv[0]!.split(',').indexOf('obs_id');
    expect(csv.slice(1).map((line) => line.split(',')[obsColumn]).sort()).toEqual(expected.map((r) => String(r.obs_id)));
    // The result as pictures: the chart with its title, sources, licence and this view's link.
    const title = (await page.textContent('#compare-series .chart-title'))!;
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="compare-svg"]')]);
    expect(svgFile.suggestedFilename()).toBe('par_index_province.svg');
    const svg = readFileSync((await svgFile.path())!, 'utf8');
    expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_WIDTH}"`)).toBe(true);
    // The picture's own lines of text (the title and the licence may wrap), read in order.
    const lines = [...svg.matchAll(/<text x="24"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(lines).toContain(escapeHtml(title));
    expect(lines).toContain('CC BY 4.0');
    expect(lines).toContain(escapeHtml(page.url()));
    // The chart sits in the picture as a group, moved below the title (place-chart.ts).
    expect(svg).toMatch(/<g transform="translate\(24,[\d.]+\)"[^>]*role="img"/);
    const [pngFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="compare-png"]')]);
    expect(pngFile.suggestedFilename()).toBe('par_index_province.png');
    const png = readFileSync((await pngFile.path())!);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(PICTURE_WIDTH * PNG_SCALE);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('runs SQL as native DuckDB does: rows, row count, chart, CSV and Parquet downloads', async () => {
    const sql = 'SELECT topic, count(*) AS observations, round(avg(value), 2) AS mean_value FROM figures GROUP BY topic ORDER BY observations DESC, topic';
    const { page, errors } = await open('/kham-pha/');
    await runSql(page, sql);
    const expected = await nativeRows(sql);
    expect(await sqlTable(page)).toEqual({ columns: ['topic', 'observations', 'mean_value'], rows: expected.map((r) => [r.topic, r.observations, r.mean_value].map(asText)) });
    expect(await page.textContent('[data-part="sql-status"]')).toMatch(new RegExp(`^${expected.length} dòng · \\d+ ms$`));
    expect(await page.$('#sql-chart svg[role="img"]')).not.toBeNull();
    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="sql-csv"]')]);
    const csv = readFileSync((await csvFile.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv).toEqual(['topic,observations,mean_value', ...expected.map((r) => [r.topic, r.observations, r.mean_value].map((v) => (v === null ? '' : String(plainValue(v)))).join(','))]);
    const [parquetFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="sql-parquet"]')]);
    const bytes = readFileSync((await parquetFile.path())!);
    const rows = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    expect(rows).toEqual(expected.map((r) => ({ topic: r.topic, observations: plainValue(r.observations), mean_value: plainValue(r.mean_value) })));
    expect(new URL(page.url()).searchParams.get('sql')).toBe(sql);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('pages through a long result', async () => {
    const sql = 'SELECT obs_id, unit_id, period FROM figures ORDER BY obs_id';
    const { page } = await open('/kham-pha/');
    await runSql(page, sql);
    const expected = await nativeRows(sql);
    expect((await sqlTable(page)).rows).toHaveLength(100);
    await page.click('[data-action="sql-next"]');
    await page.waitForFunction(() => document.querySelector('[data-part="sql-page"]')?.textContent?.startsWith('Dòng 101'));
    expect((await sqlTable(page)).rows[0]).toEqual([expected[100]!.obs_id, expected[100]!.unit_id, expected[100]!.period].map(asText));
    await page.context().close();
  });

  it('shows DuckDB’s own message next to the editor for a bad query', async () => {
    const sql = 'SELECT no_such_column FROM figures';
    const nativeMessage = await nativeRows(sql).then(() => '', (e: Error) => e.message);
    expect(nativeMessage).toContain('no_such_column');
    const { page } = await open('/en/explore/');
    await runSql(page, sql);
    expect(await page.isVisible('[data-part="sql-error"]')).toBe(true);
    const shown = await page.textContent('[data-part="sql-error"]');
    expect(shown).toMatch(/^DuckDB says: /);
    // The first line of DuckDB's message is the same in the browser and natively.
    expect(shown).toContain(nativeMessage.split('\n')[0]!.trim());
    await page.context().close();
  });

  it('prints a syntax error as DuckDB does, and takes away the previous answer', async () => {
    const sql = 'SELEC 1';
    const { page } = await open('/en/explore/');
    await runSql(page, 'SELECT 1 AS one');
    expect(await page.isVisible('[data-part="sql-result"]')).toBe(true);
    await runSql(page, sql);
    const shown = (await page.textContent('[data-part="sql-error"]'))!;
    // DuckDB-WASM reports this one as JSON; the reader sees what DuckDB itself prints for it.
    expect(shown).toBe('DuckDB says: Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^');
    expect(await page.isVisible('[data-part="sql-result"]')).toBe(false);
    await page.context().close();
  });

  it('refuses a query that reads from another origin, and asks nothing of it', async () => {
    const { page } = await open('/kham-pha/');
    const requests: string[] = [];
    page.context().on('request', (r) => requests.push(r.url()));
    await runSql(page, "SELECT * FROM read_csv('http://example.org/data.csv')");
    expect(await page.isVisible('[data-part="sql-error"]')).toBe(true);
    expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['a long scan, stopped between its steps', 'SELECT sum(hash(range)) FROM range(20000000000)'],
    ['a join whose steps are long, stopped with its worker', 'SELECT count(*) FROM range(100000) a, range(100000) b WHERE (a.range * 7 + b.range) % 9973 = 1'],
  ])('stops %s on cancel and stays usable', async (_, long) => {
    const { page } = await open('/kham-pha/');
    await runSql(page, 'SELECT 1 AS warm');
    await page.evaluate(() => document.getElementById('panel-sql')?.removeAttribute('data-state'));
    await setSql(page, long);
    await page.click('[data-action="sql-run"]');
    await page.waitForFunction(() => document.getElementById('panel-sql')?.dataset.state === 'running');
    await new Promise((r) => setTimeout(r, 500));
    const cancelled = Date.now();
    await page.click('[data-action="sql-cancel"]');
    await sqlDone(page);
    expect(await page.getAttribute('#panel-sql', 'data-state')).toBe('cancelled');
    expect(Date.now() - cancelled).toBeLessThan(5000);
    await runSql(page, 'SELECT count(*) AS n FROM units');
    const [expected] = await nativeRows('SELECT count(*) AS n FROM units');
    expect((await sqlTable(page)).rows).toEqual([[asText(expected!.n)]]);
    await page.context().close();
  });

  it('reopens every choice from its link: tab, indicator, units, periods, query', async () => {
    const { page } = await open('/kham-pha/');
    await compareReady(page);
    await page.selectOption('select[name="indicator"]', 'par_index_district');
    await page.click('[data-action="clear-units"]');
    for (const unit of ['dong-da', 'phu-xuyen']) await page.check(`input[name="unit"][value="${unit}"]`);
    for (const box of await page.$$('input[name="period"]:checked')) await box.uncheck();
    await page.check('input[name="period"][value="2019"]');
    await page.check('input[name="period"][value="2023"]');
    await compareReady(page);
    const figure = await page.innerHTML('[data-part="compare-result"]');
    const choices = () => page.evaluate(() => ({
      indicator: document.querySelector<HTMLSelectElement>('select[name="indicator"]')!.value,
      units: [...document.querySelectorAll<HTMLInputElement>('input[name="unit"]:checked')].map((b) => b.value).sort(),
      periods: [...document.querySelectorAll<HTMLInputElement>('input[name="period"]:checked')].map((b) => b.value),
    }));
    const chosen = await choices();
    expect(chosen).toEqual({ indicator: 'par_index_district', units: ['dong-da', 'phu-xuyen'], periods: ['2019', '2023'] });
    const link = page.url();
    const again = await open(link.slice(server.url.length));
    await compareReady(again.page);
    expect(await again.page.evaluate(() => ({
      indicator: document.querySelector<HTMLSelectElement>('select[name="indicator"]')!.value,
      units: [...document.querySelectorAll<HTMLInputElement>('input[name="unit"]:checked')].map((b) => b.value).sort(),
      periods: [...document.querySelectorAll<HTMLInputElement>('input[name="period"]:checked')].map((b) => b.value),
    }))).toEqual(chosen);
    expect(await again.page.innerHTML('[data-part="compare-result"]')).toBe(figure);

    await runSql(page, 'SELECT 1 AS one');
    const sqlLink = page.url();
    expect(new URL(sqlLink).searchParams.get('tab')).toBe('sql');
    const third = await open(sqlLink.slice(server.url.length));
    await sqlDone(third.page);
    expect(await third.page.getAttribute('#tab-sql', 'aria-selected')).toBe('true');
    expect(await third.page.textContent('#panel-sql .cm-content')).toBe('SELECT 1 AS one');
    expect((await sqlTable(third.page)).rows).toEqual([['1']]);
    expect(new URL(third.page.url()).searchParams.get('indicator')).toBe('par_index_district');
    for (const p of [page, again.page, third.page]) await p.context().close();
  });
});
