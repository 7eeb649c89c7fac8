/**
 * `npm run lighthouse`: Lighthouse (mobile preset) on the built site, served gzip on loopback, in
 * the test browser (CHROME_PATH, or the Chromium shipped in @sparticuz/chromium). Prints the four category scores per page; the figures are reported, not asserted.
 */
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, chromeExecutable } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/xep-hang/'];
const server = await serveStatic(resolve('dist'));
const chrome = await chromeLauncher.launch({
  chromePath: await chromeExecutable(),
  chromeFlags: CHROME_FLAGS,
});
try {
  for (const path of paths) {
    const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const categories = result!.lhr.categories;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    console.log(`${path}  performance ${score('performance')}  accessibility ${score('accessibility')}  best-practices ${score('best-practices')}  seo ${score('seo')}`);
    for (const [id, category] of Object.entries(categories)) {
      for (const ref of category.auditRefs) {
        const audit = result!.lhr.audits[ref.id]!;
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`    ${id}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
