import type { Lang } from '../i18n/messages.ts';

/** A site path for a language: Vietnamese at the root, English under /en/, all under the base path. */
export function pathFor(lang: Lang, path = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${lang === 'en' ? 'en/' : ''}${path}`;
}
