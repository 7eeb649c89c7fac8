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

const QUARTER_LABEL = /^(\d{4})-Q([1-4])$/;

/**
 * A period label (pipelines/lib/period.ts: 2023, 2024-Q1, 2024-11, 2025-07-01, or two of these
 * joined by a slash) as a reader writes it: "Quý 1/2024", "11/2024", "1/7/2025 – 23/9/2025" in
 * Vietnamese; "Q1 2024", "Nov 2024", "1 Jul 2025 – 23 Sept 2025" in English.
 */
export function formatPeriod(lang: Lang, label: string): string {
  return label
    .split('/')
    .map((part) => {
      const quarter = QUARTER_LABEL.exec(part);
      if (quarter) return lang === 'vi' ? `Quý ${quarter[2]}/${quarter[1]}` : `Q${quarter[2]} ${quarter[1]}`;
      return formatDate(lang, part);
    })
    .join(' – ');
}
