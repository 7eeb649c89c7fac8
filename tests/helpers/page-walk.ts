import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/**
 * Opens each path in turn and hands the loaded page to `visit`, in a fresh tab every `pagesPerTab`
 * paths. Injected scripts (axe-core, about 2.5 MB a page) are never freed by the renderer across
 * navigations: one tab walking the whole site reached 5.4 GB and crashed on a loaded CI machine.
 */
export async function walkPages(browser: Browser, options: BrowserContextOptions, paths: readonly string[], visit: (page: Page, path: string) => Promise<void>, pagesPerTab = 100): Promise<void> {
  for (let start = 0; start < paths.length; start += pagesPerTab) {
    const page = await browser.newPage(options);
    try {
      for (const path of paths.slice(start, start + pagesPerTab)) await visit(page, path);
    } finally {
      await page.close();
    }
  }
}
