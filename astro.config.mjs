// @ts-check
import { defineConfig } from 'astro/config';

// GitHub Pages serves a project site under /<repo>/: BASE_PATH sets that prefix (default "/").
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  // Vietnamese first, at the root; English under /en/. Pages live in src/pages/[...lang]/.
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: false },
  },
});
