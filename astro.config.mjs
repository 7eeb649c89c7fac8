// @ts-check
import { fileURLToPath } from 'node:url';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { lazyListenerMapsPlugin } from './src/charts/lazy-listener-maps.ts';
import { headersFile } from './src/lib/content-security-policy.ts';

// GitHub Pages serves a project site under /<repo>/: BASE_PATH sets that prefix (default "/").
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [
    {
      // The site's headers for hosts that read a _headers file; the same policy is in every page's <meta>.
      name: 'site-headers',
      hooks: { 'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile(base)) },
    },
    {
      // A site built from another bundle (BUNDLE_DIR, for tests and benchmarks) ships that bundle's
      // files, not public/data's: the pages carry its hashes, and the browser checks files against them.
      name: 'bundle-files',
      hooks: {
        'astro:build:done': ({ dir }) => {
          if (!process.env.BUNDLE_DIR) return;
          const target = new URL('data/', dir);
          rmSync(target, { recursive: true, force: true });
          cpSync(process.env.BUNDLE_DIR, fileURLToPath(target), { recursive: true });
        },
      },
    },
  ],
  build: {
    format: 'directory',
    // Pages and files are rendered a few at a time: while some wait for DuckDB or for their pictures
    // from the drawing workers (src/figures/raster.ts), the others are rendered. With four, the page
    // thread waited for a fifth of a 10^5-observation build; with eight, for about a tenth.
    concurrency: 8,
  },
  // Vietnamese first, at the root; English under /en/. Pages live in src/pages/[...lang]/.
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: false },
  },
  vite: {
    // linkedom, the build's DOM for drawing charts, is bundled so that its nodes skip a listener map each.
    plugins: [lazyListenerMapsPlugin()],
    // The engine worker is a module worker: it imports its chunks like the page does.
    worker: { format: 'es' },
    // No inline script (Astro inlines scripts under this limit): a CSP without 'unsafe-inline' must run every page.
    build: { assetsInlineLimit: 0 },
    resolve: {
      // DuckDB-WASM's synchronous browser bindings, which the engine worker drives; the package does not export this file.
      alias: { '@duckdb/duckdb-wasm/blocking-browser': fileURLToPath(new URL('./node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs', import.meta.url)) },
    },
  },
});
