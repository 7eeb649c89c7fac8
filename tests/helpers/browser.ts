import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';

/**
 * Flags that keep a headless browser from calling out to the network (this machine has none). The
 * package's own `args` are not used: they switch off web security and site isolation, which would
 * hide exactly the origin and CSP faults the tests look for.
 */
export const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'];

/**
 * The browser the tests, the benchmark and Lighthouse use: CHROME_PATH when it is set, otherwise
 * the Chromium shipped inside the @sparticuz/chromium npm package (unpacked on first use), so
 * `npm ci` alone is enough and no system browser is needed.
 */
export async function chromeExecutable(): Promise<string> {
  return process.env.CHROME_PATH || (await chromium.executablePath());
}

export async function launchChromium(): Promise<Browser> {
  return playwright.launch({ executablePath: await chromeExecutable(), args: CHROME_FLAGS });
}
