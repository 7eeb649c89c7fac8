import { getRelativeLocaleUrl } from 'astro:i18n';
import { LANGS, type Lang } from '../../pipelines/domain/lang.ts';

/**
 * Pages live under src/pages/[...lang]/: Vietnamese at the root (lang undefined) and English under
 * /en/, from one page file. This gives each page both paths.
 */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang: lang === 'vi' ? undefined : lang }, props: { lang } }));
}

/** The same, for a page that also has its own parameters. */
export function langPathsWith<P extends Record<string, string | undefined>, Q>(items: { params: P; props?: Q }[]) {
  return LANGS.flatMap((lang) => items.map((item) => ({ params: { ...item.params, lang: lang === 'vi' ? undefined : lang }, props: { ...item.props, lang } as Q & { lang: Lang } })));
}

/** A site path in a language, under the base path: ('en', 'xep-hang/2023/') → /en/xep-hang/2023/. */
export function pathFor(lang: Lang, path = ''): string {
  return getRelativeLocaleUrl(lang, path);
}
