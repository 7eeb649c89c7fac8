/**
 * The site search: a small index of names (units, indicators, pages) built with the site, and the
 * matching, shared by the build (which writes the index) and the header script (which reads it).
 */

/** One searchable page: its kind, its name in each language, its address in each language, other spellings. */
export interface SearchEntry {
  /** u: a unit, i: an indicator, p: a page of the site. */
  k: 'u' | 'i' | 'p';
  /** Names, Vietnamese then English. */
  n: [string, string];
  /** Addresses, Vietnamese then English. */
  p: [string, string];
  /** Other names the entry is found by (unit aliases, an indicator's id). */
  a?: string[];
}

/** Text as it is compared: lower case, without diacritics (đ is d), runs of other characters as one space. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * How well one key matches a query: the whole name, its first whole words, its start, the start of
 * a word, the starts of words, anywhere.
 */
function score(key: string, query: string, words: string[]): number {
  if (key === query) return 6;
  if (key.startsWith(`${query} `)) return 5;
  if (key.startsWith(query)) return 4;
  if (` ${key}`.includes(` ${query}`)) return 3;
  const keyWords = key.split(' ');
  if (words.every((w) => keyWords.some((k) => k.startsWith(w)))) return 2;
  return key.includes(query) ? 1 : 0;
}

/**
 * The entries that match a query, best first: by the best match among their names and other
 * spellings, then pages before units before indicators (a page name is the most specific), then
 * shorter names.
 */
export function searchEntries(entries: SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = searchKey(query);
  if (!q) return [];
  const words = q.split(' ');
  const kindOrder = { p: 0, u: 1, i: 2 };
  return entries
    .map((entry) => {
      const keys = [...entry.n, ...(entry.a ?? [])].map(searchKey);
      return { entry, score: Math.max(...keys.map((key) => score(key, q, words))), length: Math.min(...entry.n.map((n) => n.length)) };
    })
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || kindOrder[a.entry.k] - kindOrder[b.entry.k] || a.length - b.length)
    .slice(0, limit)
    .map((m) => m.entry);
}
