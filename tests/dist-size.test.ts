import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Most readers are on phones and slow networks: no page may carry more than 500 KB of HTML. Long
// tables and busy charts show their first rows and say where the rest is (src/lib/bounds.ts);
// `npm run bench:build -- --site` checks the same limit with 10^5 observations.
const PAGE_LIMIT = 500_000;
/** The built site; DIST_DIR points it at another build (the bench's, kept with --keep). */
const DIST = process.env.DIST_DIR ?? 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(path) : entry.name.endsWith('.html') ? [path] : [];
  });
}

describe('the built site', () => {
  it(`has no HTML page over ${PAGE_LIMIT / 1000} KB`, () => {
    expect(existsSync(DIST), 'build the site first (npx astro build)').toBe(true);
    const pages = htmlFiles(DIST).map((path) => ({ page: relative(DIST, path), bytes: statSync(path).size }));
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((p) => p.bytes > PAGE_LIMIT)).toEqual([]);
  });
});
