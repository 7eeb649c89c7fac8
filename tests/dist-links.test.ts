import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePages } from './helpers/site-pages.ts';

// A link to a place in a page (a disagreement explained on the sources page, the contributing
// section) must land there: the page exists and has an element with that id.
const DIST = 'dist';

const pageFile = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);
const ids = new Map<string, Set<string>>();
const idsOf = (path: string) => {
  if (!ids.has(path)) ids.set(path, new Set(existsSync(pageFile(path)) ? [...readFileSync(pageFile(path), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!) : []));
  return ids.get(path)!;
};

describe('the built site', () => {
  it('has no link to a place in a page that the page does not have', () => {
    expect(existsSync(DIST), 'build the site first (npm run build:site)').toBe(true);
    const pages = sitePages(DIST);
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const [, href] of readFileSync(pageFile(page), 'utf8').matchAll(/\shref="([^"]*#[^"]*)"/g)) {
        const [target, fragment] = href!.replaceAll('&amp;', '&').split('#') as [string, string];
        if (/^[a-z]+:/i.test(target) || fragment === '') continue;
        const targetPage = target === '' ? page : target;
        checked += 1;
        if (!idsOf(targetPage).has(decodeURIComponent(fragment))) broken.push(`${page}: ${href}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect([...new Set(broken)].slice(0, 20)).toEqual([]);
  });

  it('names the sources of every headline figure on the home page, each linked to its record', () => {
    for (const [home, methodPage] of [['/', '/nguon-va-phuong-phap/'], ['/en/', '/en/nguon-va-phuong-phap/']] as const) {
      const facts = readFileSync(pageFile(home), 'utf8').match(/<ul class="facts">([\s\S]*?)<\/ul>/)![1]!;
      const items = [...facts.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
      expect(items.length, home).toBeGreaterThanOrEqual(4);
      for (const item of items) {
        const records = [...item.matchAll(/href="([^"#]+)#(source-[^"]+)"/g)];
        expect(records.length, `${home}: ${item}`).toBeGreaterThan(0);
        for (const [, page, id] of records) {
          expect(page).toBe(methodPage);
          expect(idsOf(page!).has(id!), id).toBe(true);
        }
      }
    }
  });
});
