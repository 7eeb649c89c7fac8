import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type Fault } from '../helpers/static-server.ts';
import { browser, server, serveSite } from '../helpers/served-site.ts';
import { SITE_HEADER_POLICY } from '../../src/lib/content-security-policy.ts';

// The built site in dist/ served with faults: what the browser's engine path does when its files
// are corrupted, cut short, stalled, missing or briefly unavailable.
const WASM = `/_astro/${readdirSync('dist/_astro').find((f) => /^duckdb-eh\..*\.wasm$/.test(f))!}`;
const faults = new Map<string, Fault>();
serveSite(resolve('dist'), '/', { faults });
afterEach(() => {
  faults.clear();
  server.requests.length = 0;
});

async function openExplorer(path = '/kham-pha/'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url + path);
  return page;
}

const engineState = (page: Page) => page.getAttribute('#explorer', 'data-engine-state');
const failedText = (page: Page) => page.textContent('[data-part="failed-text"]');
const waitFor = (page: Page, state: string, timeout = 30_000) => page.waitForFunction((s) => document.getElementById('explorer')?.dataset.engineState === s, state, { timeout });
const asked = (path: string) => server.requests.filter((p) => p === path).length;
/** The page's workers that are still running (a terminated worker leaves the list). */
const liveWorkers = async (page: Page) => {
  await page.waitForTimeout(200);
  return page.workers().length;
};

const flipOneBit: Fault = (_, response, body) => {
  const flipped = Buffer.from(body);
  flipped[Math.floor(flipped.length / 2)]! ^= 0x01;
  response.writeHead(200, { 'content-type': 'application/vnd.apache.arrow.stream', 'content-length': flipped.length }).end(flipped);
};

describe('the engine path under faults', () => {
  it('refuses a data file with one flipped bit: a clear message, the downloads, no chart, no wasm, no worker left', async () => {
    faults.set('/data/observations.arrow', flipOneBit);
    const page = await openExplorer();
    await waitFor(page, 'failed');
    expect(await failedText(page)).toContain('không khớp mã băm SHA-256');
    expect(await page.isVisible('[data-part="failed"] a[href$="observations.csv"]')).toBe(true);
    expect(await page.$$('[data-part="compare-result"] figure')).toHaveLength(0);
    expect(asked(WASM)).toBe(0);
    expect(await liveWorkers(page)).toBe(0);
    await page.context().close();
  });

  it.each<[string, Fault, string]>([
    ['cut short with an honest length', (_, res, body) => res.writeHead(200, { 'content-type': 'application/wasm', 'content-length': body.length / 2 }).end(body.subarray(0, body.length / 2)), 'không đủ hoặc không đúng kích thước'],
    ['cut off mid-transfer', (_, res, body) => {
      res.writeHead(200, { 'content-type': 'application/wasm', 'content-length': body.length });
      res.write(body.subarray(0, 4_000_000), () => res.destroy());
    }, 'không đủ hoặc không đúng kích thước'],
    ['an HTML page instead (a host falling back to index.html)', (_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Not found</title>'), 'không phải WebAssembly'],
    ['a server error', (_, res) => res.writeHead(500).end('oops'), 'không trả tệp WebAssembly'],
    ['not at all (the connection drops)', (_, res) => res.destroy(), 'không trả tệp WebAssembly'],
  ])('says so within seconds when the wasm arrives %s, and leaves no worker', async (_, fault, message) => {
    faults.set(WASM, fault);
    const page = await openExplorer();
    const started = Date.now();
    await waitFor(page, 'failed', 10_000);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await failedText(page)).toContain(message);
    expect(await liveWorkers(page)).toBe(0);
    await page.context().close();
  });

  it('ends a stalled download by itself, and at once on the reader’s cancel', async () => {
    const stall: Fault = (_, res, body) => {
      res.writeHead(200, { 'content-type': 'application/wasm', 'content-length': body.length });
      res.write(body.subarray(0, 1_000_000));
    };
    faults.set(WASM, stall);
    const page = await openExplorer();
    await page.waitForFunction(() => /MB/.test(document.querySelector('[data-part="engine-text"]')?.textContent ?? ''));
    // The total is known before the bytes arrive.
    expect(await page.textContent('[data-part="engine-text"]')).toMatch(/\/ 32,7 MB$/);
    const stalledAt = Date.now();
    await waitFor(page, 'failed', 20_000);
    expect(Date.now() - stalledAt).toBeLessThan(15_000);
    expect(await failedText(page)).toContain('tải bị ngừng quá lâu');
    expect(await liveWorkers(page)).toBe(0);

    await page.click('[data-action="retry"]');
    await waitFor(page, 'loading');
    await page.waitForFunction(() => /MB/.test(document.querySelector('[data-part="engine-text"]')?.textContent ?? ''));
    const cancelledAt = Date.now();
    await page.click('[data-action="cancel-load"]');
    await waitFor(page, 'failed');
    expect(Date.now() - cancelledAt).toBeLessThan(1_000);
    expect(await failedText(page)).toContain('bạn đã dừng tải');
    expect(await liveWorkers(page)).toBe(0);
    await page.context().close();
  });

  it('on a missing data file asks for no wasm and leaves no worker, however often the reader retries', async () => {
    faults.set('/data/units.arrow', (_, res) => res.writeHead(404).end('not found'));
    const page = await openExplorer();
    for (let attempt = 0; attempt < 3; attempt++) {
      await waitFor(page, 'failed');
      expect(await failedText(page)).toContain('không tải được một tệp dữ liệu');
      if (attempt < 2) await page.click('[data-action="retry"]');
    }
    // Each try asks again: a failure is not kept.
    expect(asked('/data/units.arrow')).toBe(3);
    expect(asked(WASM)).toBe(0);
    expect(await liveWorkers(page)).toBe(0);
    await page.context().close();
  });

  it('after a failed load, tries again without downloading again what had arrived', async () => {
    let refused = false;
    faults.set(WASM, (request, res, body) => {
      if (!refused) {
        refused = true;
        return void res.writeHead(503).end('busy');
      }
      res.writeHead(200, { 'content-type': 'application/wasm', 'content-length': body.length }).end(body);
    });
    const page = await openExplorer();
    await waitFor(page, 'failed');
    await page.click('[data-action="retry"]');
    await waitFor(page, 'ready');
    await page.waitForFunction(() => document.querySelector('[data-part="compare-result"]')?.getAttribute('data-state') === 'ready');
    expect(asked(WASM)).toBe(2);
    for (const table of ['observations', 'units', 'indicators', 'sources', 'disagreements']) expect(asked(`/data/${table}.arrow`), table).toBe(1);
    expect(await liveWorkers(page)).toBe(1);
    await page.context().close();
  });

  it('refuses a corrupted catalog of the form’s choices, and shows the results once it arrives whole', async () => {
    let served = 0;
    faults.set('/explorer-catalog.json', (_, res, body) => {
      const bytes = Buffer.from(body);
      // The first answer has one flipped bit in a period (the JSON still parses), the second is a 404, the third is whole.
      if (served === 0) bytes[bytes.indexOf('"periods":["') + 13]! ^= 0x01;
      if (served++ === 1) return void res.writeHead(404).end('not found');
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length }).end(bytes);
    });
    const page = await openExplorer();
    await waitFor(page, 'failed');
    expect(await failedText(page)).toContain('không khớp mã băm SHA-256');
    expect(await page.$$('[data-part="compare-result"] figure')).toHaveLength(0);
    await page.click('[data-action="retry"]');
    await waitFor(page, 'failed');
    expect(await failedText(page)).toContain('không tải được một tệp dữ liệu');
    await page.click('[data-action="retry"]');
    await page.waitForFunction(() => document.querySelector('[data-part="compare-result"]')?.getAttribute('data-state') === 'ready');
    expect(await page.$$('[data-part="compare-result"] figure')).not.toHaveLength(0);
    expect(asked('/explorer-catalog.json')).toBe(3);
    await page.context().close();
  });

  it('draws the map once the boundaries are back after a 503', async () => {
    // The page asks for them early (while the engine starts) and again to draw: both are refused.
    let refused = 0;
    faults.set('/data/hanoi-districts.topojson', (_, res, body) => {
      if (refused++ < 2) return void res.writeHead(503).end('busy');
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body);
    });
    const page = await openExplorer();
    await page.waitForFunction(() => document.querySelector('[data-part="compare-result"]')?.getAttribute('data-state') === 'partial');
    expect(await page.$('#compare-ranking svg')).not.toBeNull();
    expect(await page.$('#compare-map')).toBeNull();
    await page.click('[data-action="all-districts"]');
    await page.waitForFunction(() => document.querySelector('[data-part="compare-result"]')?.getAttribute('data-state') === 'ready');
    expect(await page.$('#compare-map svg')).not.toBeNull();
    expect(refused).toBe(3);
    await page.context().close();
  });
});

describe('the year change with the network gone', () => {
  it('stays on the page, says so in its language, and works again once the network is back', async () => {
    for (const [path, message] of [['/xep-hang/', 'Không tải được năm 2019'], ['/en/xep-hang/', 'Could not load 2019']] as const) {
      const page = await (await browser.newContext()).newPage();
      await page.goto(server.url + path);
      const address = page.url();
      await page.context().setOffline(true);
      await page.click('a[data-year="2019"]');
      await page.waitForFunction(() => document.querySelector('[data-part="status"]')?.getAttribute('data-state') === 'error');
      expect(await page.textContent('[data-part="status"]')).toContain(message);
      expect(page.url()).toBe(address);
      expect(await page.$$('#ranking-app figure svg')).not.toHaveLength(0);
      await page.context().setOffline(false);
      await page.click('a[data-year="2019"]');
      await page.waitForFunction(() => document.getElementById('ranking-app')?.dataset.year === '2019');
      expect(page.url()).toBe(`${server.url}${path}2019/`);
      await page.context().close();
    }
  });
});

// The policy the site ships (src/lib/content-security-policy.ts): no 'unsafe-eval', no blob: or data:
// fetches, no inline script.
describe('under a strict Content-Security-Policy', () => {
  let strict: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    strict = await serveStatic(resolve('dist'), '/', { headers: { 'content-security-policy': SITE_HEADER_POLICY } });
  });
  afterAll(async () => strict?.close());

  async function openStrict(path: string): Promise<{ page: Page; violations: string[] }> {
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && violations.push(m.text()));
    await page.goto(strict.url + path);
    return { page, violations };
  }

  it('runs the explorer (compare form and SQL) with no violation', async () => {
    const { page, violations } = await openStrict('/kham-pha/?tab=sql&sql=SELECT%20count(*)%20AS%20n%20FROM%20figures');
    await page.waitForFunction(() => document.getElementById('panel-sql')?.dataset.state === 'ready');
    await page.click('#tab-compare');
    await page.waitForFunction(() => document.querySelector('[data-part="compare-result"]')?.getAttribute('data-state') === 'ready');
    expect(await page.$('#compare-map svg')).not.toBeNull();
    expect(await page.$('#panel-sql .cm-content')).not.toBeNull();
    await page.click('#tab-sql');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="sql-parquet"]')]);
    expect(download.suggestedFilename()).toBe('query.parquet');
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('changes the ranking year with no violation', async () => {
    const { page, violations } = await openStrict('/xep-hang/');
    await page.click('a[data-year="2019"]');
    await page.waitForFunction(() => document.getElementById('ranking-app')?.dataset.year === '2019');
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
