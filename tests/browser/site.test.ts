import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, server, serveSite } from '../helpers/served-site.ts';

// Runs against the built site in dist/ (the test command builds it first).
const DIST = resolve('dist');
const DISTRICT_IDS = readFileSync('data/units.csv', 'utf8').split('\n').map((l) => l.split(',')).filter((c) => c[1] === 'district').map((c) => c[0]!);

serveSite(DIST);

/** Requests that left this machine's site; blob: and data: addresses are local copies, not requests. */
const offOrigin = (requests: string[]) => requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('blob:') && !u.startsWith('data:'));

interface Watched {
  page: Page;
  requests: string[];
  errors: string[];
}

async function open(path: string, javaScriptEnabled = true): Promise<Watched> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  return { page, requests, errors };
}

/** What the ranking and the map show: tick labels, printed scores, dot tooltips, map fills, table rows. */
async function rankingFigures(page: Page) {
  return page.evaluate(() => {
    const texts = (sel: string) => [...document.querySelectorAll(sel)].map((e) => e.textContent?.trim() ?? '');
    return {
      labels: texts('figure[data-figure="ranking"] svg g[data-mark="y-axis tick label"] text'),
      printed: texts('figure[data-figure="ranking"] svg g[data-mark="text"] text'),
      tooltips: texts('figure[data-figure="ranking"] svg circle title'),
      map: [...document.querySelectorAll('figure[data-figure="ranking-map"] svg path[fill]')].map((p) => `${p.getAttribute('fill')}|${p.querySelector('title')?.textContent ?? ''}`),
      table: texts('figure[data-figure="ranking"] table tbody tr'),
      title: document.querySelector('figure[data-figure="ranking"] .chart-title')?.textContent,
      ids: [...document.querySelectorAll('figure[data-figure]')].map((f) => f.id),
    };
  });
}

describe('the built site in Chromium', () => {
  it.each([
    '/', '/en/', '/xep-hang/', '/xep-hang/2019/', '/en/xep-hang/2023/', '/hai-long/', '/en/hai-long/', '/dich-vu-cong/', '/en/dich-vu-cong/',
    '/nguon-va-phuong-phap/', '/en/nguon-va-phuong-phap/', '/quan-huyen/phu-xuyen/', '/en/quan-huyen/cau-giay/',
  ])(
    '%s shows its charts with JavaScript off',
    async (path) => {
      const { page } = await open(path, false);
      // Each chart is drawn at several widths; the one that fits the column is the one shown.
      const charts = await page.$$('figure.chart .chart-svg svg:visible');
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts) expect((await chart.boundingBox())!.width).toBeGreaterThan(200);
      await page.context().close();
    },
  );

  it.each(['/', '/en/', '/xep-hang/', '/hai-long/', '/dich-vu-cong/', '/en/dich-vu-cong/', '/nguon-va-phuong-phap/', '/du-lieu/', '/en/du-lieu/', '/quan-huyen/', '/quan-huyen/ba-vi/'])(
    '%s loads nothing from another origin and no wasm before an interaction, with no console errors',
    async (path) => {
      const { page, requests, errors } = await open(path);
      expect(offOrigin(requests)).toEqual([]);
      expect(requests.filter((u) => /\.wasm|duckdb|\.parquet/.test(u))).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it.each(['/', '/hai-long/', '/dich-vu-cong/', '/nguon-va-phuong-phap/', '/du-lieu/'])('%s switches to English and back', async (path) => {
    const { page, errors } = await open(path);
    await page.click('a.lang-switch');
    await page.waitForURL(`${server.url}/en${path}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('a.lang-switch');
    await page.waitForURL(`${server.url}${path}`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists every file of the data bundle with its true size on the data page', async () => {
    const { page } = await open('/du-lieu/', false);
    const listed = await page.$$eval('main table:first-of-type tbody tr td:first-child a', (as) => as.map((a) => a.textContent));
    const descriptor = JSON.parse(readFileSync('dist/data/datapackage.json', 'utf8')) as { resources: { path: string }[] };
    // Every file once, the table of every figure first (where a reader starts).
    expect([...listed].sort()).toEqual(descriptor.resources.map((r) => r.path).sort());
    expect(listed.slice(0, 2)).toEqual(['figures.csv', 'figures.parquet']);
    expect(await page.textContent('#citation')).toContain('CC BY 4.0');
    await page.context().close();
  });

  it('ships no synthetic test fixture', () => {
    for (const file of ['data/observations.csv', 'data/sources.csv', 'xep-hang/2023/index.html']) {
      const text = readFileSync(resolve(DIST, file), 'utf8');
      expect(text).not.toContain('Synthetic fixture');
      expect(text).not.toMatch(/press-a|example\.org/);
    }
  });

  it('changing the year swaps in the pre-rendered year: same figures, URL, title, canonical and language link, no engine', async () => {
    const { page, requests, errors } = await open('/xep-hang/');
    expect(await page.isVisible('[data-part="opening"]')).toBe(true);
    // The engine is blocked outright: a year change must not need it.
    await page.route(/\.wasm$|duckdb|\.arrow$|\.parquet$/, (route) => route.abort());
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    for (const year of [2019, 2021, 2023]) {
      await page.click(`a[data-year="${year}"]`);
      await page.waitForFunction((y) => document.getElementById('ranking-app')?.dataset.year === String(y), year);
      expect(page.url()).toBe(`${server.url}/xep-hang/${year}/`);
      const prerendered = await open(`/xep-hang/${year}/`, false);
      expect(await rankingFigures(page)).toEqual(await rankingFigures(prerendered.page));
      const head = (p: Page) => p.evaluate(() => ({
        title: document.title,
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
        alternates: [...document.querySelectorAll('link[rel="alternate"]')].map((l) => l.getAttribute('href')),
        other: document.querySelector('a.lang-switch')?.getAttribute('href'),
        current: document.querySelector('#ranking-app a[aria-current="page"]')?.textContent,
        // The ranking's own page says why it opens on its year; a year's page does not.
        opening: document.querySelector<HTMLElement>('[data-part="opening"]')?.hidden,
        preview: document.querySelector('meta[property="og:image"]')?.getAttribute('content'),
        heading: document.querySelector('figure[data-figure="ranking"] h2.chart-title')?.textContent,
      }));
      expect(await head(page)).toEqual(await head(prerendered.page));
      await prerendered.page.context().close();
    }
    // Back and forward show the year of the address, in the same document.
    await page.goBack();
    await page.waitForFunction(() => document.getElementById('ranking-app')?.dataset.year === '2021');
    expect(page.url()).toBe(`${server.url}/xep-hang/2021/`);
    await page.goForward();
    await page.waitForFunction(() => document.getElementById('ranking-app')?.dataset.year === '2023');
    expect(await page.textContent('#ranking-2023-title')).toBe('Xếp hạng năm 2023');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    // The language switch now leads to the year shown.
    await page.click('a.lang-switch');
    await page.waitForURL(`${server.url}/en/xep-hang/2023/`);
    expect(requests.filter((u) => /\.wasm|duckdb|\.arrow|\.parquet/.test(u))).toEqual([]);
    expect(offOrigin(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('with JavaScript off, the year links load the pre-rendered year pages', async () => {
    const { page } = await open('/en/xep-hang/', false);
    await page.click('a[data-year="2019"]');
    await page.waitForURL(`${server.url}/en/xep-hang/2019/`);
    expect(await page.textContent('#ranking-2019-title')).toBe('Ranking in 2019');
    await page.context().close();
  });

  it('if a year page cannot be fetched, the click becomes a plain page load', async () => {
    const { page } = await open('/xep-hang/');
    let refused = false;
    await page.route('**/xep-hang/2020/', (route) => {
      if (refused || route.request().resourceType() === 'document') return route.continue();
      refused = true;
      return route.fulfill({ status: 503, body: 'busy' });
    });
    await page.click('a[data-year="2020"]');
    await page.waitForURL(`${server.url}/xep-hang/2020/`);
    await page.waitForSelector('#ranking-2020-title');
    expect(refused).toBe(true);
    await page.context().close();
  });

  it('has a page for each of the 30 district-level units in both languages, with its name as the heading', async () => {
    expect(DISTRICT_IDS).toHaveLength(30);
    for (const id of DISTRICT_IDS) {
      for (const prefix of ['', '/en']) {
        const response = await fetch(`${server.url}${prefix}/quan-huyen/${id}/`);
        expect(response.status, id).toBe(200);
        expect(await response.text()).toMatch(/<h1>[^<]+<\/h1>/);
      }
    }
  });

  it('tells Phú Xuyên’s story from the seed article', async () => {
    const { page, errors } = await open('/quan-huyen/phu-xuyen/');
    expect(await page.textContent('h1')).toBe('Huyện Phú Xuyên');
    const body = await page.textContent('main');
    expect(body).toContain('30/30');
    expect(body).toContain('18/30');
    expect(body).toMatch(/đã xong 7, còn 8/);
    expect(body).toContain('Báo Hà Nội Mới');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switches language and keeps the page', async () => {
    const { page, errors } = await open('/xep-hang/2019/');
    await page.click('a.lang-switch');
    await page.waitForURL(`${server.url}/en/xep-hang/2019/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#ranking-2019-title')).toBe('Ranking in 2019');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
