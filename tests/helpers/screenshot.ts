/**
 * `npx tsx tests/helpers/screenshot.ts <dir> <path>...`: screenshots of the built site (dist/) at a
 * phone (390 px) and a desktop (1280 px) width, full page, for looking at what readers see.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './browser.ts';
import { serveStatic } from './static-server.ts';

const [outDir = 'test-results/screens', ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(resolve('dist'));
const browser = await launchChromium();
try {
  for (const path of paths.length > 0 ? paths : ['/', '/en/']) {
    for (const width of [390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`;
      await page.screenshot({ path: join(outDir, name), fullPage: true });
      await page.close();
      console.log(join(outDir, name));
    }
  }
} finally {
  await browser.close();
  await server.close();
}
