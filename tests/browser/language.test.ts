import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sitePages } from '../helpers/site-pages.ts';

// Over the built HTML: every sentence is in the language its element declares (the page's `lang`,
// or a `lang` on an element that quotes another language, such as an English source title on a
// Vietnamese page). A sentence's language is told by its small function words, which names and
// figures do not have: "Phú Xuyên district" is English, "Huyện Phú Xuyên" has no Vietnamese
// function word either, "chưa có số liệu được công bố" is Vietnamese.
const DIST = resolve('dist');
const VI_WORDS = new Set(['của', 'và', 'các', 'được', 'không', 'những', 'trong', 'với', 'đã', 'là', 'cho', 'theo', 'này', 'có', 'từ', 'chưa', 'một', 'nhưng', 'về', 'đến', 'thì', 'khi']);
const EN_WORDS = new Set(['the', 'of', 'and', 'is', 'are', 'with', 'not', 'was', 'were', 'from', 'by', 'for', 'this', 'that', 'has', 'have', 'in', 'to', 'on', 'its', 'or', 'as', 'an', 'be', 'it', 'at']);

/** 'vi' or 'en' when a text has at least two function words of one language and none of the other. */
export function sentenceLanguage(text: string): 'vi' | 'en' | null {
  const words = text.toLocaleLowerCase('vi').split(/[^\p{L}]+/u);
  const vi = words.filter((w) => VI_WORDS.has(w)).length;
  const en = words.filter((w) => EN_WORDS.has(w)).length;
  if (vi >= 2 && en === 0) return 'vi';
  if (en >= 2 && vi === 0) return 'en';
  return null;
}

function mislabelled(html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  const walk = (node: Node, lang: string) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const text = child.textContent?.trim() ?? '';
        const said = text.length >= 12 ? sentenceLanguage(text) : null;
        if (said && said !== lang) found.push(`[${lang}] ${text.slice(0, 120)}`);
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (['SCRIPT', 'STYLE', 'CODE', 'PRE'].includes(element.tagName.toUpperCase())) continue;
        walk(element, element.getAttribute('lang') ?? lang);
      }
    }
  };
  walk(document.documentElement, document.documentElement.getAttribute('lang') ?? '');
  return found;
}

describe('text in the language of the page', () => {
  it('tells the two languages apart', () => {
    expect(sentenceLanguage('Chưa có số liệu nào về đơn vị này trong các nguồn')).toBe('vi');
    expect(sentenceLanguage('published as points on a 100-point scale')).toBe('en');
    expect(sentenceLanguage('Phú Xuyên district')).toBeNull();
  });

  it('has no sentence in one language inside an element that declares the other', () => {
    const pages = sitePages(DIST);
    expect(pages.length).toBeGreaterThan(80);
    const found = pages.flatMap((path) => mislabelled(readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8')).map((m) => `${path} ${m}`));
    expect(found).toEqual([]);
  });
});
