import { resolve } from 'node:path';
import { launchChromium } from '/work/wt-engine/tests/helpers/browser.ts';
import { serveStatic } from '/work/wt-engine/tests/helpers/static-server.ts';
const server = await serveStatic(resolve('dist'));
const browser = await launchChromium();
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('requestfailed', (r) => console.log('failed', r.url(), r.failure()?.errorText));
const t0 = Date.now();
await page.goto(server.url + (process.argv[2] ?? '/kham-pha/'));
try {
  await page.waitForFunction(() => document.querySelector('[data-part="compare-result"]')?.getAttribute('data-state'), null, { timeout: 30000 });
} catch (e) { console.log('timeout'); }
console.log('ms', Date.now() - t0, await page.evaluate(() => ({ state: document.getElementById('explorer')?.dataset.engineState, result: document.querySelector('[data-part="compare-result"]')?.getAttribute('data-state'), text: document.querySelector('[data-part="engine-text"]')?.textContent, failed: document.querySelector('[data-part="failed-text"]')?.textContent, figs: [...document.querySelectorAll('[data-part="compare-result"] figure')].map(f => f.id), url: location.href })));
await page.screenshot({ path: '/tmp/eng/shot.png', fullPage: true });
await browser.close();
await server.close();
