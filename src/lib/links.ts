import type { Lang } from '../../pipelines/domain/lang.ts';

/** A file's path under the site's base path ('favicon.svg' → /favicon.svg, or /repo/favicon.svg on GitHub Pages). */
export function assetPath(path: string): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${path}`;
}

/**
 * A page's path in a language under the site's base path ('en', 'quan-huyen/ba-vi/' →
 * /en/quan-huyen/ba-vi/), for links inside charts: charts are also drawn in the browser, where
 * Astro's routing helpers are not available. Pages use pathFor in src/i18n/routing.ts.
 */
export function sitePath(lang: Lang, path: string): string {
  return assetPath(`${lang === 'vi' ? '' : `${lang}/`}${path}`);
}

/** A district-level unit's page. */
export const districtPath = (lang: Lang, unitId: string) => sitePath(lang, `quan-huyen/${unitId}/`);
