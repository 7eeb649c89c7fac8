/**
 * `npm run screens -- <dir> <path>...`: screenshots of the built site (dist/) at a phone (390 px) and
 * a desktop (1280 px) width, for looking at what readers see. A long page is cut into screens of
 * 1600 px so each image stays legible when opened.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './browser.ts';
import { serveStatic } from './static-server.ts';

const SCREEN = 1600;
const [outDir = 'test-results/screens', ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(resolve('dist'));
const browser = await launchChromium();
try {
  for (const path of paths.length > 0 ? paths : ['/', '/en/']) {
    for (const width of [390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const stem = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}`;
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let part = 0; part * SCREEN < height; part++) {
        const name = `${stem}-${part + 1}.png`;
        await page.screenshot({ path: join(outDir, name), fullPage: true, clip: { x: 0, y: part * SCREEN, width, height: Math.min(SCREEN, height - part * SCREEN) } });
        console.log(join(outDir, name));
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
