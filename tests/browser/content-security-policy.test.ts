import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, SITE_HEADER_POLICY } from '../../src/lib/content-security-policy.ts';
import { sitePages } from '../helpers/site-pages.ts';
import { browser, server, serveSite } from '../helpers/served-site.ts';

// The site as a host that reads dist/_headers serves it: every page under the shipped header and its
// own <meta> policy, with every violation the browser reports collected.
const PAGES = sitePages(resolve('dist'));
const shippedHeaders = readFileSync(resolve('dist/_headers'), 'utf8');
const shippedPolicy = /^\s+Content-Security-Policy: (.+)$/m.exec(shippedHeaders)?.[1] ?? '';

serveSite(resolve('dist'), '/', { headers: { 'content-security-policy': shippedPolicy } });

/** A page that records every CSP violation, from the event the document fires and from the console. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && violations.push(m.text()));
  return { page, violations };
}

describe('the shipped Content-Security-Policy', () => {
  it('is the same in dist/_headers and in the README, with no unsafe-eval and no inline script', () => {
    expect(shippedPolicy).toBe(SITE_HEADER_POLICY);
    expect(readFileSync('README.md', 'utf8')).toContain(`Content-Security-Policy: ${SITE_HEADER_POLICY}`);
    expect(shippedPolicy).not.toMatch(/'unsafe-eval'/);
    expect(/script-src ([^;]*)/.exec(shippedPolicy)?.[1]).not.toMatch(/'unsafe-inline'|data:|blob:|\*/);
  });

  it('gives wasm and blob: images only to the explorer, in each page’s <meta>', () => {
    const metaPolicy = (path: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(readFileSync(resolve('dist', `.${path}${path.endsWith('/') ? 'index.html' : ''}`), 'utf8'))?.[1]?.replaceAll('&#39;', "'");
    const withWasm = PAGES.filter((path) => metaPolicy(path) === contentSecurityPolicy({ explorer: true }));
    const without = PAGES.filter((path) => metaPolicy(path) === contentSecurityPolicy({ explorer: false }));
    expect(withWasm).toEqual(['/en/explore/', '/kham-pha/']);
    expect(without.length + withWasm.length).toBe(PAGES.length);
  });

  it(`lets every page (${PAGES.length}) load with no violation`, async () => {
    const { page, violations } = await watchedPage();
    const failed: string[] = [];
    for (const path of PAGES) {
      const before = violations.length;
      await page.goto(server.url + path, { waitUntil: 'load' });
      if (violations.length > before) failed.push(`${path}: ${violations.slice(before).join(' | ')}`);
    }
    expect(failed).toEqual([]);
    await page.close();
  }, 600_000);

  // The explorer and the year change under this policy: tests/browser/engine-faults.test.ts.
});
