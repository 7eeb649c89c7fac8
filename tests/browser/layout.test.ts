import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditLayout, type LabelBox } from '../helpers/layout-audit.ts';
import { walkPages } from '../helpers/page-walk.ts';
import { sitePages } from '../helpers/site-pages.ts';
import { browser, server, serveSite } from '../helpers/served-site.ts';

// Every page of the built site, in both languages, at a small phone, a common phone, a tablet (the
// charts' middle layout) and a desktop.
const PAGES = sitePages(resolve('dist'));
const WIDTHS = [320, 390, 600, 1280];
const MIN_CHART_TEXT_PX = 11;

serveSite(resolve('dist'));

const where = (path: string, l: LabelBox) => `${path} #${l.figure} "${l.text}"`;

describe('every page fits the screen and its charts are readable', () => {
  it('finds the pages of both languages', () => {
    expect(PAGES).toContain('/');
    expect(PAGES).toContain('/en/');
    expect(PAGES.length).toBeGreaterThan(80);
  });

  it.each(WIDTHS)('at %i px: no sideways scrolling, no chart text under 11 px, no overlapping chart labels', async (width) => {
    const wide: string[] = [];
    const small: string[] = [];
    const overlapping: string[] = [];
    let smallest = Infinity;
    let widest = 0;
    await walkPages(browser, { viewport: { width, height: 900 } }, PAGES, async (page, path) => {
      await page.goto(server.url + path, { waitUntil: 'load' });
      const audit = await auditLayout(page);
      widest = Math.max(widest, audit.scrollWidth);
      if (audit.scrollWidth > audit.viewportWidth) wide.push(`${path}: ${audit.scrollWidth} px`);
      for (const label of audit.labels) {
        smallest = Math.min(smallest, label.size);
        if (label.size < MIN_CHART_TEXT_PX - 0.05) small.push(`${where(path, label)}: ${label.size.toFixed(1)} px`);
      }
      for (const [a, b] of audit.overlaps) overlapping.push(`${where(path, a)} × "${b.text}"`);
    });
    // The figures the checks measure, printed so that a change can be compared.
    console.log(`${width} px, ${PAGES.length} pages: smallest chart text ${smallest.toFixed(1)} px, widest page ${widest} px, ${overlapping.length} overlapping label pairs`);
    expect(wide, 'pages wider than the screen').toEqual([]);
    expect(small.slice(0, 20), `${small.length} chart labels under ${MIN_CHART_TEXT_PX} px`).toEqual([]);
    expect(overlapping.slice(0, 30), `${overlapping.length} overlapping label pairs`).toEqual([]);
  }, 600_000);
});

// The explorer draws its result in the browser, at the layout of the column it measures.
describe('the explorer\'s drawn result fits the screen and is readable', () => {
  it.each(WIDTHS)('at %i px', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of ['/kham-pha/', '/en/explore/']) {
      await page.goto(server.url + path, { waitUntil: 'load' });
      await page.waitForFunction(() => ['ready', 'partial'].includes(document.querySelector('[data-part="compare-result"]')?.getAttribute('data-state') ?? ''), null, { timeout: 60_000 });
      const audit = await auditLayout(page);
      expect(audit.labels.filter((l) => l.figure.startsWith('compare-')).length, path).toBeGreaterThan(10);
      expect(audit.scrollWidth, path).toBeLessThanOrEqual(audit.viewportWidth);
      expect(audit.labels.filter((l) => l.size < MIN_CHART_TEXT_PX - 0.05).map((l) => where(path, l))).toEqual([]);
      expect(audit.overlaps.map(([a, b]) => `${where(path, a)} × "${b.text}"`)).toEqual([]);
    }
    await page.close();
  }, 120_000);
});

