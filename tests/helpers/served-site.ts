import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type ServeOptions } from './static-server.ts';

/** The browser and the server of the test file that called serveSite (each test file has its own copy of this module). */
export let browser: Browser;
export let server: Awaited<ReturnType<typeof serveStatic>>;

/** Serves a built site to Chromium for the calling test file's tests, and closes both after them. */
export function serveSite(root: string, basePath = '/', options: ServeOptions = {}): void {
  beforeAll(async () => {
    server = await serveStatic(root, basePath, options);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
