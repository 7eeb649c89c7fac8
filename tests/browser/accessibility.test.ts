import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageTemplate, sitePages, templateSample } from '../helpers/site-pages.ts';
import { walkPages } from '../helpers/page-walk.ts';
import { browser, server, serveSite } from '../helpers/served-site.ts';

// axe-core, run inside the pages of the built site with every WCAG A and AA rule and axe's best
// practices. Every page (about 1,100, both languages) is checked at a phone's width, where the header
// is a menu and every chart shows its narrow drawing: that is where most can go wrong. At a
// desktop's width, three pages of every template (each section's index and pages, in both
// languages; see templateSample) are checked: a desktop changes the header and which drawing of
// each chart shows, which a page shares with every page of its template, and running axe on every
// page at both widths would double the suite's longest test (about 6 of its 10 minutes on a
// 2-core machine) for checks that template already covers. The layout test (layout.test.ts)
// still walks every page at every width.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = sitePages(resolve('dist'));
const DESKTOP_SAMPLE = templateSample(PAGES, 3);

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

serveSite(resolve('dist'));

describe('axe-core finds no accessibility violation, and ids are unique', () => {
  it('samples every template of the site for the desktop check', () => {
    expect(DESKTOP_SAMPLE).toEqual(expect.arrayContaining(['/', '/en/', '/xep-hang/', '/kham-pha/', '/en/explore/', '/404.html']));
    expect(new Set(DESKTOP_SAMPLE.map(pageTemplate))).toEqual(new Set(PAGES.map(pageTemplate)));
  });

  it.each([
    [390, PAGES],
    [1280, DESKTOP_SAMPLE],
  ] as const)('at %i px', async (width, pages) => {
    const found: string[] = [];
    await walkPages(browser, { viewport: { width, height: 900 }, bypassCSP: true }, pages, async (page, path) => {
      await page.goto(server.url + path, { waitUntil: 'load' });
      for (const v of await violations(page)) found.push(`${path} ${v}`);
      // Every id once per page (axe no longer checks this): charts drawn at several widths scope theirs.
      const ids = await page.$$eval('[id]', (elements) => elements.map((e) => e.id));
      for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) found.push(`${path} duplicate id "${id}"`);
    });
    console.log(`${width} px, ${pages.length} pages: ${found.length} axe violations`);
    expect(found).toEqual([]);
  }, 600_000);
});

// axe-core goes in as an inline script, which the pages' own Content-Security-Policy refuses: the pages are
// opened with CSP bypassed (tests/browser/content-security-policy.test.ts checks the policy itself).
/** axe-core's violations in a page as it is now, with the nodes they concern. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return found.map((v) => `${v.id} (${v.help}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

// What scripts draw after the page has loaded: the explorer's first result and the search's list.
describe('axe-core finds no violation in what scripts draw', () => {
  it.each([320, 390, 1280])('in the explorer once its first result is drawn, and in the open search list, at %i px', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true });
    const found: string[] = [];
    for (const path of ['/kham-pha/', '/en/explore/']) {
      await page.goto(server.url + path, { waitUntil: 'load' });
      await page.waitForFunction(() => ['ready', 'partial'].includes(document.querySelector('[data-part="compare-result"]')?.getAttribute('data-state') ?? ''), null, { timeout: 60_000 });
      expect(await page.$$('[data-part="compare-result"] figure svg')).not.toHaveLength(0);
      found.push(...(await violations(page)).map((v) => `${path} ${v}`));
    }
    for (const path of ['/', '/en/']) {
      await page.goto(server.url + path, { waitUntil: 'load' });
      // On a phone the search is in the menu.
      if (await page.isVisible('.menu-button')) await page.click('.menu-button');
      await page.fill('.site-search input', 'phu xuyen');
      await page.locator('.site-search [role="option"]').first().waitFor();
      found.push(...(await violations(page)).map((v) => `${path} (search open) ${v}`));
    }
    await page.close();
    expect(found).toEqual([]);
  }, 180_000);
});

