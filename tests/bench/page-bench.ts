/**
 * `npm run bench`: serves the built site (gzip, loopback), opens pages in Chromium and prints what
 * a reader pays: bytes before any interaction, time to the first chart, and for the ranking page
 * the time from the first and second year change to the redrawn chart, and the wasm fetched.
 * Figures are printed, not asserted: timings vary from machine to machine.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/xep-hang/'];
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const firstContentfulPaint = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );

interface Transfer {
  url: string;
  encoded: number;
}

async function track(page: Page): Promise<Transfer[]> {
  const transfers: Transfer[] = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    transfers.push({ url: request.url(), encoded: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  return transfers;
}

// Records, inside the page, when the ranking status turns "ready" after a click.
const TIMING_SCRIPT = `
  window.__bench = { clicks: [], ready: [] };
  document.addEventListener('click', () => window.__bench.clicks.push(performance.now()), true);
  new MutationObserver(() => {
    const s = document.querySelector('[data-part="status"]');
    if (s && s.dataset.state === 'ready' && window.__bench.ready.length < window.__bench.clicks.length) window.__bench.ready.push(performance.now());
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state', 'data-year'] });
`;

async function main() {
  const server = await serveStatic(resolve('dist'));
  // A static host serves precompressed files; warm the server's gzip cache so no run pays for it.
  for (const file of readdirSync('dist/_astro')) await (await fetch(`${server.url}/_astro/${file}`, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
  const browser = await launchChromium();
  console.log(`page bench: ${RUNS} runs per figure, median; site served gzip on loopback`);
  for (const path of paths) {
    const bytes: number[] = [];
    const fcp: number[] = [];
    const fcpSlow: number[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    const wasm: number[] = [];
    let chartInHtml = false;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(TIMING_SCRIPT);
      const transfers = await track(page);
      const response = await page.goto(server.url + path, { waitUntil: 'networkidle' });
      chartInHtml = /<figure class="chart"[^]*?<svg/.test(await response!.text());
      bytes.push(transfers.reduce((sum, t) => sum + t.encoded, 0));
      fcp.push(await firstContentfulPaint(page));
      if (await page.$('a[data-year]')) {
        const years = await page.$$eval('a[data-year]:not([aria-current])', (as) => as.map((a) => (a as HTMLElement).dataset.year));
        for (const year of years.slice(0, 2)) {
          await page.click(`a[data-year="${year}"]`);
          await page.waitForFunction((y) => document.getElementById('ranking-app')?.dataset.year === y, year);
        }
        const timing = await page.evaluate(() => (window as unknown as { __bench: { clicks: number[]; ready: number[] } }).__bench);
        cold.push(timing.ready[0]! - timing.clicks[0]!);
        warm.push(timing.ready[1]! - timing.clicks[1]!);
        wasm.push(transfers.filter((t) => t.url.endsWith('.wasm')).reduce((s, t) => s + t.encoded, 0));
      }
      await context.close();

      // The same first load on a slow mobile network (1.6 Mbit/s, 150 ms round trip, 4x slower CPU).
      const slow = await browser.newContext();
      const slowPage = await slow.newPage();
      const cdp = await slow.newCDPSession(slowPage);
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await slowPage.goto(server.url + path, { waitUntil: 'load' });
      fcpSlow.push(await firstContentfulPaint(slowPage));
      await slow.close();
    }
    console.log(`\n${path}`);
    console.log(`  bytes before interaction (gzip, headers included): ${kib(median(bytes))}   target < 100 KiB`);
    console.log(`  first chart in the HTML (drawn at first paint):     ${chartInHtml ? 'yes' : 'NO'}`);
    console.log(`  first contentful paint:                             ${median(fcp).toFixed(0)} ms (slow 4G, 4x CPU: ${median(fcpSlow).toFixed(0)} ms)`);
    if (cold.length > 0) {
      console.log(`  first year change to redrawn chart (cold):          ${median(cold).toFixed(0)} ms   target < 1500 ms   (runs: ${cold.map((c) => c.toFixed(0)).join(', ')})`);
      console.log(`  second year change (warm):                          ${median(warm).toFixed(1)} ms   target < 50 ms   (runs: ${warm.map((c) => c.toFixed(1)).join(', ')})`);
      console.log(`  wasm fetched on the first interaction (gzip):       ${kib(median(wasm))}`);
    }
  }
  await browser.close();
  await server.close();
}

await main();
