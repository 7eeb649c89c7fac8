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
  // Both languages of one item side by side: the build renders them one after the other, while what they share is still at hand (src/lib/recent-map.ts).
  return items.flatMap((item) => LANGS.map((lang) => ({ params: { ...item.params, lang: lang === 'vi' ? undefined : lang }, props: { ...item.props, lang } as Q & { lang: Lang } })));
}

/**
 * Sections whose address is translated (/chi-so/ and /en/indicators/, /kham-pha/ and /en/explore/…). Code names a path by its
 * Vietnamese form ('chi-so/par_index_province/'); pathFor gives each language its own slug. Such a
 * section's page files sit in a folder named after a parameter ([indicators]) that takes the slug.
 */
export const TRANSLATED_SECTIONS = {
  'chi-so': { vi: 'chi-so', en: 'indicators' },
  'don-vi': { vi: 'don-vi', en: 'units' },
  'ha-noi-63-tinh': { vi: 'ha-noi-63-tinh', en: 'hanoi-among-provinces' },
  'kham-pha': { vi: 'kham-pha', en: 'explore' },
} as const satisfies Record<string, Record<Lang, string>>;
export type TranslatedSection = keyof typeof TRANSLATED_SECTIONS;

function localPath(lang: Lang, path: string): string {
  const [first, ...rest] = path.split('/');
  const section = TRANSLATED_SECTIONS[first as TranslatedSection] as Record<Lang, string> | undefined;
  return section ? [section[lang], ...rest].join('/') : path;
}

/** getStaticPaths of a page in a translated section: both languages, the section's slug as `param`. */
export function sectionPathsWith<K extends string, P extends Record<string, string | undefined>, Q>(section: TranslatedSection, param: K, items: { params: P; props?: Q }[]) {
  return langPathsWith(items).map((path) => ({ ...path, params: { ...path.params, [param]: TRANSLATED_SECTIONS[section][path.props.lang] } as typeof path.params & Record<K, string> }));
}

/**
 * A site path in a language, under the base path: ('en', 'xep-hang/2023/') → /en/xep-hang/2023/,
 * and ('en', 'nguon-va-phuong-phap/#contribute') → /en/nguon-va-phuong-phap/#contribute (Astro
 * would add its trailing slash after the fragment, to a place the page does not have).
 */
export function pathFor(lang: Lang, path = ''): string {
  const [page = '', ...fragment] = path.split('#');
  return getRelativeLocaleUrl(lang, localPath(lang, page)) + (fragment.length > 0 ? `#${fragment.join('#')}` : '');
}
