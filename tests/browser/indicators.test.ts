import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bundleData } from '../../src/engine/build-data.ts';
import { defineQuery } from '../../src/engine/query.ts';
import { browser, server, serveSite } from '../helpers/served-site.ts';

// Runs against the built site in dist/ and the bundle it was built from (dist/data/).
const DIST = resolve('dist');
const data = bundleData(join(DIST, 'data'));
const RESEARCH_FILE = join(import.meta.dirname, '..', '..', '..', 'shared', 'research', 'department_par_2022.csv');

serveSite(DIST);

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

async function open(path: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  const tab = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  tab.on('request', (r) => requests.push(r.url()));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  tab.on('pageerror', (e) => errors.push(e.message));
  const response = await tab.goto(server.url + path, { waitUntil: 'networkidle' });
  return { page: tab, requests, errors, status: response?.status() };
}

const indicatorsWithFigures = defineQuery('SELECT DISTINCT indicator_id AS id FROM observations ORDER BY 1', { id: 'string' });
const unitsWithFigures = defineQuery('SELECT DISTINCT u.id, u.level FROM observations o JOIN units u ON u.id = o.unit_id ORDER BY 1', { id: 'string', level: 'string' });
const observationIds = defineQuery('SELECT obs_id FROM observations ORDER BY 1', { obs_id: 'string' });
const departments2022 = defineQuery(
  "SELECT o.unit_id, u.name_vi, o.value FROM observations o JOIN units u ON u.id = o.unit_id WHERE o.indicator_id = 'par_index_department' AND o.period = '2022' AND o.kind = 'actual' AND o.source_id = 'tinbong247-153780' ORDER BY 1",
  { unit_id: 'string', name_vi: 'string', value: 'number' },
);

describe('every indicator and every unit with figures has a page in both languages', () => {
  it('an indicator page, in Vietnamese and English, with a chart drawn in the HTML', async () => {
    const ids = (await data.run(indicatorsWithFigures)).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(70);
    for (const id of ids) {
      for (const path of [`chi-so/${id}`, `en/indicators/${id}`]) {
        const html = page(path);
        expect(html, path).toMatch(/<h1>[^<]+<\/h1>/);
        // A chart chosen by the shape of the figures (beside the coverage every page has), drawn in the HTML.
        expect(html, path).toMatch(/<figure class="chart" id="[^"]+" data-figure="indicator-(ranking|series|values|groups)"[^]*?<svg[^>]*role="img"/);
      }
    }
  });

  it('a unit page for every unit with figures (the district-level units keep theirs)', async () => {
    const units = await data.run(unitsWithFigures);
    expect(units.some((u) => u.level === 'department')).toBe(true);
    for (const u of units) {
      const paths = u.level === 'district' ? [`quan-huyen/${u.id}`, `en/quan-huyen/${u.id}`] : [`don-vi/${u.id}`, `en/units/${u.id}`];
      for (const path of paths) expect(existsSync(join(DIST, path, 'index.html')), path).toBe(true);
    }
  });

  it('renders every observation of the bundle on at least one page', async () => {
    const rendered = new Set<string>();
    for (const file of htmlFiles(DIST)) for (const m of readFileSync(file, 'utf8').matchAll(/data-obs="([^"]+)"/g)) rendered.add(m[1]!);
    const ids = (await data.run(observationIds)).map((r) => r.obs_id);
    expect(ids.length).toBeGreaterThan(300);
    expect(ids.filter((id) => !rendered.has(id))).toEqual([]);
  });

  it('offers each indicator as CSV (UTF-8 with BOM), one row per observation', async () => {
    const csv = readFileSync(join(DIST, 'du-lieu/chi-so/par_index_department.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    // The BOM first (trim() would drop it), then a header and CRLF lines.
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^obs_id,/);
    expect(lines[0]).toContain('source_url');
    const rows = await data.run(defineQuery("SELECT count(*)::INTEGER AS n FROM observations WHERE indicator_id = 'par_index_department'", { n: 'number' }));
    expect(lines.length - 1).toBe(rows[0]!.n);
  });
});

describe('the 2022 department ranking', () => {
  it.skipIf(!existsSync(RESEARCH_FILE))('shows every department the research file names, with its score and its source', async () => {
    const research = readFileSync(RESEARCH_FILE, 'utf8').trim().split('\n').slice(1);
    const loaded = await data.run(departments2022);
    expect(loaded).toHaveLength(research.length);
    const { page: tab, errors } = await open('/chi-so/par_index_department/2022/', false);
    const figure = tab.locator('figure[data-figure="indicator-ranking"]');
    // Each department is drawn (its dot's tooltip names it whole, with its score) and listed with its source.
    const dots = await figure.locator('svg g[data-mark="dot"] circle title').allTextContents();
    const rows = await figure.locator('table tbody tr').allTextContents();
    for (const d of loaded) {
      expect(dots.some((t) => t.startsWith(`${d.name_vi}: ${String(d.value).replace('.', ',')}%`)), d.name_vi).toBe(true);
      expect(rows.some((r) => r.includes(d.name_vi) && r.includes(String(d.value).replace('.', ',')) && r.includes('tinbong247news.net')), d.name_vi).toBe(true);
    }
    expect(await figure.locator('.sources').textContent()).toContain('tinbong247news.net');
    expect(errors).toEqual([]);
    await tab.context().close();
  });

  it('places no department in a slot: the number of places is not published, so scores are listed in order with only the published ranks', async () => {
    const { page: tab } = await open('/chi-so/par_index_department/2022/', false);
    const figure = tab.locator('figure[data-figure="indicator-ranking"]');
    expect(await figure.locator('svg [fill*="ranking-gap"]').count()).toBe(0);
    // The chart as drawn at each width: its rows numbered only by the published ranks, top down in order of score.
    for (const layout of ['narrow', 'medium', 'wide']) {
      const chart = figure.locator(`.chart-layout[data-layout="${layout}"] svg`);
      const numbers = await chart.locator('g[data-mark="y-axis tick label"] text').allTextContents();
      expect(numbers.slice(0, 2), layout).toEqual(['1', '2']);
      expect(numbers.slice(2).every((n) => n === ''), layout).toBe(true);
      const dots = await chart.locator('g[data-mark="dot"] circle').evaluateAll((cs) => cs.map((c) => ({ y: Number(c.getAttribute('cy')), title: c.querySelector('title')!.textContent! })));
      const topDown = dots.sort((a, b) => a.y - b.y).map((d) => d.title);
      expect(topDown[0], layout).toMatch(/^Sở Lao động - Thương binh và Xã hội: /);
      expect(topDown[1], layout).toMatch(/^Sở Nội vụ: /);
      const values = topDown.map((title) => Number(/: ([\d,]+)%/.exec(title)![1]!.replace(',', '.')));
      expect(values, layout).toEqual([...values].sort((a, b) => b - a));
    }
    expect(await figure.locator('figcaption').textContent()).toContain('thứ tự này không phải thứ hạng');
    // The score that may be a typo in the source stays as printed, with its note shown.
    expect(await figure.locator('.chart-layout[data-layout="wide"] svg text').allTextContents()).toContain('Sở Giao thông vận tải 81,41');
    expect(await tab.locator('.source-notes').textContent()).toMatch(/Sở Giao thông vận tải[^]*81,41%[^]*giữ nguyên như bản in/);
    await tab.context().close();
  });
});

describe('the new pages in Chromium', () => {
  const PAGES = ['/chi-so/', '/en/indicators/', '/chi-so/par_index_province/', '/chi-so/par_index_province/2023/', '/en/indicators/sipas_province/2024/', '/chi-so/on_time_rate/', '/don-vi/', '/don-vi/ha-noi/', '/en/units/so-noi-vu/', '/ha-noi-63-tinh/', '/en/hanoi-among-provinces/'];

  it.each(PAGES)('%s loads nothing from another origin and no wasm, with no console errors', async (path) => {
    const { page: tab, requests, errors, status } = await open(path);
    expect(status).toBe(200);
    expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
    expect(requests.filter((u) => /\.wasm|duckdb|\.parquet|search-index/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await tab.context().close();
  });

  it.each(PAGES.filter((p) => !/\/(don-vi|units)\/$|\/(chi-so|indicators)\/$/.test(p)))('%s shows its charts with JavaScript off', async (path) => {
    const { page: tab } = await open(path, false);
    // Each chart is drawn at several widths; the one that fits the column is the one shown.
    const charts = await tab.$$('figure.chart .chart-svg svg:visible');
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) expect((await chart.boundingBox())!.width).toBeGreaterThan(200);
    await tab.context().close();
  });

  it('switches language on a translated address and back', async () => {
    const { page: tab, errors } = await open('/chi-so/papi_province/');
    await tab.click('a.lang-switch');
    await tab.waitForURL(`${server.url}/en/indicators/papi_province/`);
    await tab.click('a.lang-switch');
    await tab.waitForURL(`${server.url}/chi-so/papi_province/`);
    expect(errors).toEqual([]);
    await tab.context().close();
  });

  it('links the units of an indicator page to their pages, and each ranking period to its page', async () => {
    const { page: tab } = await open('/en/indicators/par_index_province/', false);
    const hrefs = await tab.$$eval('table.observations a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/en/units/ha-noi/');
    expect(hrefs).toContain('/en/indicators/par_index_province/2023/');
    const periods = await tab.$$eval('nav .years a', (as) => as.map((a) => a.getAttribute('href')));
    for (const href of periods) expect((await fetch(server.url + href!)).status, href!).toBe(200);
    await tab.context().close();
  });
});

describe('the site search', () => {
  async function firstResult(tab: Page, query: string): Promise<{ href: string | null; text: string | null }> {
    await tab.fill('.site-search input', query);
    const first = tab.locator('.site-search [role="option"]').first();
    await first.waitFor();
    return { href: await first.getAttribute('data-href'), text: await first.textContent() };
  }

  it.each([
    ['/', 'phu xuyen', '/quan-huyen/phu-xuyen/'],
    ['/', 'PAPI', '/chi-so/papi_province/'],
    ['/', 'Sở Nội vụ', '/don-vi/so-noi-vu/'],
    ['/en/', 'phu xuyen', '/en/quan-huyen/phu-xuyen/'],
    ['/en/xep-hang/', 'department of home affairs', '/en/units/so-noi-vu/'],
  ])('on %s, "%s" finds %s first', async (path, query, expected) => {
    const { page: tab, errors, requests } = await open(path);
    expect(requests.some((u) => u.includes('search-index'))).toBe(false);
    expect(await firstResult(tab, query)).toMatchObject({ href: expected });
    expect(requests.filter((u) => u.includes('search-index'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await tab.context().close();
  });

  it('opens the highlighted result with the keyboard', async () => {
    const { page: tab } = await open('/');
    await firstResult(tab, 'phu xuyen');
    await tab.keyboard.press('Enter');
    await tab.waitForURL(`${server.url}/quan-huyen/phu-xuyen/`);
    await tab.context().close();
  });

  it('opens a result when it is clicked, on a phone from the menu', async () => {
    const { page: tab } = await open('/');
    await tab.setViewportSize({ width: 390, height: 800 });
    await tab.click('.menu-button');
    await firstResult(tab, 'PAPI');
    await tab.locator('.site-search [role="option"]').first().click();
    await tab.waitForURL(`${server.url}/chi-so/papi_province/`);
    await tab.context().close();
  });

  it('is replaced by links to the index pages without JavaScript', async () => {
    const { page: tab } = await open('/', false);
    expect(await tab.$('.site-search input')).toBeNull();
    const links = await tab.$$eval('.site-search a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/chi-so/', '/don-vi/']);
    await tab.context().close();
  });
});
