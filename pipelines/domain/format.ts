import type { Lang } from './lang.ts';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

// Making an Intl.NumberFormat costs about a thousand times as much as using one, and a build formats
// numbers millions of times at scale: one formatter per language and precision.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Numbers as readers of each language write them: 91,61 and 2.105 in Vietnamese, 91.61 and 2,105 in English. */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 2): string {
  const key = `${lang} ${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits })));
  return format.format(value);
}

// Made once, for the same reason: every source line of every table carries a date.
let englishMonth: Intl.DateTimeFormat | undefined;
let englishDay: Intl.DateTimeFormat | undefined;

/** ISO dates (YYYY, YYYY-MM or YYYY-MM-DD) as a reader writes them: 27/2/2025, 27 Feb 2025. */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  if (!d) return lang === 'vi' ? `${Number(m)}/${y}` : (englishMonth ??= new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })).format(new Date(`${iso}-01T00:00:00Z`));
  return lang === 'vi' ? `${Number(d)}/${Number(m)}/${y}` : (englishDay ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })).format(new Date(`${iso}T00:00:00Z`));
}
