import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { serveStatic } from '../helpers/static-server.ts';

// The site as GitHub Pages serves a project site: everything under /<repo>/ at the site's address.
const BASE = '/hanoi-par/';
const SITE = 'https://maintainer.github.io';
let outDir: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'par-site-'));
  buildSite(outDir, { BASE_PATH: BASE, SITE_URL: SITE });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));

describe(`the site built with BASE_PATH=${BASE}`, () => {
  it('links only to addresses under the base path', () => {
    for (const file of htmlFiles(outDir)) {
      const links = [...readFileSync(file, 'utf8').matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(links.filter((l) => !l.startsWith(BASE)), file).toEqual([]);
    }
  });

  it('gives every page canonical, alternate-language and preview addresses at the configured site, and the preview image exists', () => {
    for (const file of htmlFiles(outDir)) {
      const html = readFileSync(file, 'utf8');
      const absolute = [...html.matchAll(/<(?:link rel="(?:canonical|alternate)"[^>]*href|meta (?:property|name)="(?:og:url|og:image|twitter:image)" content)="([^"]+)"/g)].map((m) => m[1]!);
      if (!file.endsWith('404.html')) expect(absolute.length, file).toBeGreaterThanOrEqual(7);
      expect(absolute.filter((u) => !u.startsWith(`${SITE}${BASE}`)), file).toEqual([]);
      const image = html.match(/<meta property="og:image" content="([^"]+)"/)![1]!;
      expect(existsSync(join(outDir, image.slice(`${SITE}${BASE}`.length))), image).toBe(true);
    }
  });

  it('serves the ranking page and changes the year under the base path', async () => {
    server = await serveStatic(outDir, BASE);
    browser = await launchChromium();
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
    await page.goto(`${server.url}${BASE}xep-hang/`);
    await page.click('a[data-year="2021"]');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-part="status"]')?.dataset.state === 'ready');
    expect(page.url()).toBe(`${server.url}${BASE}xep-hang/2021/`);
    expect(failed).toEqual([]);
  });

  it('runs the explorer with its data and engine under the base path', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${BASE}kham-pha/`);
    await page.waitForFunction(() => document.querySelector('[data-part="compare-result"]')?.getAttribute('data-state') === 'ready', null, { timeout: 30_000 });
    // Every request, the worker's included, stayed under the base path and found its file.
    expect(server.requests.filter((p) => !p.startsWith(BASE))).toEqual([]);
    expect(server.requests.some((p) => p.endsWith('.wasm'))).toBe(true);
    await page.close();
  });
});
