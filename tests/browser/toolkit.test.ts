import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../pipelines/lib/csv-read.ts';
import { readPng } from '../helpers/png.ts';
import { sitePages } from '../helpers/site-pages.ts';
import { browser, server, serveSite } from '../helpers/served-site.ts';

// The journalist's toolkit on every figure of every page (src/figures/figure-tools.ts), against the
// built site in dist/: each figure's downloads, link and embed page, and its table's source links.
const DIST = resolve('dist');
const ALL = sitePages(DIST);
const EMBEDS = ALL.filter((p) => /^\/(en\/)?embed\//.test(p));
const PAGES = ALL.filter((p) => !EMBEDS.includes(p) && p !== '/404.html');

serveSite(DIST);

const html = (path: string) => readFileSync(resolve(DIST, `.${path}${path.endsWith('/') ? 'index.html' : ''}`), 'utf8');
const unescape = (text: string) => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const stripTags = (text: string) => unescape(text.replace(/<[^>]+>/g, ''));

type Tool = 'png' | 'svg' | 'csv' | 'link' | 'embed' | 'bib' | 'csl';

interface FigureOnPage {
  page: string;
  id: string;
  title: string;
  tools: Record<Tool, string>;
  rows: string[][];
  sourceLine: string;
  /** The iframe height of its embed code. */
  embedHeight: number;
}

/** Every figure of a page as the HTML carries it: its title, its toolbar's links, its table. */
function figuresOf(page: string): FigureOnPage[] {
  return [...html(page).matchAll(/<figure class="chart" id="([^"]+)"[\s\S]*?<\/figure>/g)].map(([figure, id]) => ({
    page,
    id: id!,
    title: stripTags(figure.match(/class="chart-title"[^>]*>([\s\S]*?)<\/h[23]>/)![1]!),
    tools: Object.fromEntries([...figure.matchAll(/<a data-tool="([a-z]+)" href="([^"]+)"/g)].map((m) => [m[1]!, unescape(m[2]!)])) as Record<Tool, string>,
    rows: [...(figure.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!)),
    sourceLine: stripTags(figure.match(/<ul class="sources">([\s\S]*?)<\/ul>/)?.[1] ?? ''),
    embedHeight: Number(figure.match(/data-embed-height="(\d+)"/)?.[1]),
  }));
}

const figures = PAGES.flatMap(figuresOf);

describe('every figure on every page', () => {
  it('has PNG, SVG, CSV, link and embed actions, and a citation', () => {
    expect(figures.length).toBeGreaterThan(500);
    const missing = figures.filter((f) => (['png', 'svg', 'csv', 'link', 'embed', 'bib', 'csl'] as const).some((tool) => !f.tools[tool]) || f.tools.link !== `#${f.id}`);
    expect(missing.map((f) => `${f.page}#${f.id}`)).toEqual([]);
    console.log(`toolkit: ${figures.length} figures on ${PAGES.length} pages, ${new Set(figures.map((f) => f.tools.png)).size} distinct pictures`);
  });

  it('lets each table row link to its source and its record on the sources page', () => {
    const records = new Map<string, Map<string, string>>();
    for (const lang of ['vi', 'en']) {
      const sourcesPage = html(lang === 'vi' ? '/nguon-va-phuong-phap/' : '/en/nguon-va-phuong-phap/');
      // A record's row: its id, and its address when it has one.
      records.set(lang, new Map([...sourcesPage.matchAll(/<tr id="source-([^"]+)">([\s\S]*?)<\/tr>/g)].map((m) => [m[1]!, m[2]!.match(/<a href="(https?:[^"]+)"/)?.[1] ?? ''])));
    }
    const sourced = figures.flatMap((f) => f.rows.flatMap((cells) => cells.filter((c) => c.includes('class="source-record"')).map((cell) => ({ f, cell }))));
    expect(sourced.length).toBeGreaterThan(1000);
    const broken: string[] = [];
    for (const { f, cell } of sourced) {
      const lang = f.page.startsWith('/en/') ? 'en' : 'vi';
      const id = cell.match(/class="source-record" href="[^"#]*#source-([^"]+)"/)?.[1];
      const url = records.get(lang)!.get(id ?? '');
      if (id === undefined || url === undefined) broken.push(`${f.page}#${f.id}: no record for ${id}`);
      else if (url === '' || !cell.includes(`<a href="${url}"`)) broken.push(`${f.page}#${f.id}: source ${id} ${url ? 'not linked to its address' : 'has no address'}`);
    }
    // One source record has no address (its note says the URL was not recorded); its rows link to the record only.
    const withoutAddress = [...new Set(broken.filter((b) => b.endsWith('has no address')).map((b) => b.split(' ').at(-4)))];
    expect(broken.filter((b) => !b.endsWith('has no address'))).toEqual([]);
    expect(withoutAddress).toEqual(['hanoimoi-2024-05-10-phu-xuyen']);
  });
});

describe('each figure\'s files', () => {
  // Every distinct file once (a figure shown on several pages links the same files).
  const distinct = [...new Map(figures.map((f) => [f.tools.png, f])).values()];

  it('answer 200 with their type; the CSV has the BOM and the rows of the figure\'s table', async () => {
    const wrong: string[] = [];
    for (const f of distinct) {
      const response = await fetch(`${server.url}${f.tools.csv}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/csv')) wrong.push(`${f.tools.csv}: ${response.status} ${response.headers.get('content-type')}`);
      expect([...bytes.slice(0, 3)], f.tools.csv).toEqual([0xef, 0xbb, 0xbf]);
      const { records, issues } = parseCsv(new TextDecoder().decode(bytes), f.tools.csv);
      expect(issues).toEqual([]);
      const [header, ...rows] = records.map((r) => r.cells.map((c) => c.text));
      expect(header!.slice(-3), f.tools.csv).toEqual(['source_published', 'note', 'dataset_version']);
      // The table's cells as the reader sees them, row by row.
      expect(rows.map((r) => r.slice(0, f.rows[0]?.length ?? 0)), f.tools.csv).toEqual(f.rows.map((r) => r.map((c) => stripTags(c.replace(/ <a class="source-record"[\s\S]*$/, '')))));
      for (const file of ['bib', 'csl'] as const) {
        const other = await fetch(`${server.url}${f.tools[file]}`);
        if (other.status !== 200) wrong.push(`${f.tools[file]}: ${other.status}`);
        await other.arrayBuffer();
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('draw pictures that decode and carry the title and the source', async () => {
    const wrong: string[] = [];
    for (const f of distinct) {
      const png = await fetch(`${server.url}${f.tools.png}`);
      const { width, height, text } = readPng(new Uint8Array(await png.arrayBuffer()));
      if (png.headers.get('content-type') !== 'image/png' || width !== 1696 || height < 300) wrong.push(`${f.tools.png}: ${png.headers.get('content-type')} ${width}×${height}`);
      if (text.Title !== f.title) wrong.push(`${f.tools.png}: title '${text.Title}'`);
      const svgResponse = await fetch(`${server.url}${f.tools.svg}`);
      const svg = await svgResponse.text();
      if (svgResponse.headers.get('content-type') !== 'image/svg+xml' || unescape(svg.match(/<title>([^<]*)<\/title>/)?.[1] ?? '') !== f.title) wrong.push(`${f.tools.svg}: no title`);
      // The source line lists each publisher with a date or "date unknown".
      const publishers = [...f.sourceLine.matchAll(/^([^:]+):/gm)].map((m) => m[1]!);
      for (const publisher of new Set(publishers)) {
        if (!text.Source?.includes(publisher)) wrong.push(`${f.tools.png}: source without ${publisher}`);
        if (!unescape(svg).includes(publisher)) wrong.push(`${f.tools.svg}: source without ${publisher}`);
      }
      if (!/<path [^>]*d="M/.test(svg) || /<text/.test(svg)) wrong.push(`${f.tools.svg}: text not outlined`);
    }
    expect(wrong).toEqual([]);
  }, 600_000);
});

describe('the chart-only pages', () => {
  it('carry the same figure with no menu and no script, and a link back to its page', () => {
    expect(EMBEDS.length).toBe(new Set(figures.map((f) => f.tools.embed)).size);
    const wrong: string[] = [];
    for (const f of new Map(figures.map((f) => [f.tools.embed, f])).values()) {
      const page = html(f.tools.embed);
      if (!page.includes(`<figure class="chart" id="${f.id}"`) || /<script|<nav|data-figure-tools/.test(page)) wrong.push(f.tools.embed);
      const back = page.match(/class="embed-back"><a href="([^"#]+)#([^"]+)"/);
      if (!back || back[2] !== f.id || !html(back[1]!).includes(`id="${f.id}"`)) wrong.push(`${f.tools.embed}: back ${back?.[1]}`);
    }
    expect(wrong).toEqual([]);
  });

  it('draw at 320 px with no other origin, no wasm and nothing wider than the screen (one per figure and language)', async () => {
    const sample = [...new Map(figures.map((f) => [`${f.tools.embed.startsWith('/en/')}|${f.id.split('-').slice(0, 2).join('-')}`, f.tools.embed])).values()];
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    for (const path of sample) {
      await page.goto(`${server.url}${path}`);
      const shown = await page.evaluate(() => ({ wide: document.documentElement.scrollWidth, chart: [...document.querySelectorAll('.chart-layout')].some((l) => (l as HTMLElement).offsetHeight > 0) || !!document.querySelector('.chart-empty') }));
      expect(shown, path).toEqual({ wide: 320, chart: true });
    }
    await context.close();
    expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
    expect(requests.filter((u) => u.endsWith('.wasm'))).toEqual([]);
  }, 300_000);

  it('fit their embed code: a 560 px frame of that height shows the title and the whole chart, with little to spare', async () => {
    const context = await browser.newContext({ viewport: { width: 560, height: 400 } });
    const page = await context.newPage();
    const wrong: string[] = [];
    for (const f of new Map(figures.map((f) => [f.tools.embed, f])).values()) {
      await page.goto(`${server.url}${f.tools.embed}`);
      // The bottom of what stands for the chart: the layout shown at this width, or the empty-chart sentence.
      const chartBottom = await page.evaluate(() => {
        const shown = [...document.querySelectorAll('.chart-layout, .chart-empty')].find((e) => (e as HTMLElement).offsetHeight > 0);
        return shown ? shown.getBoundingClientRect().bottom + scrollY : NaN;
      });
      if (!(chartBottom <= f.embedHeight && f.embedHeight <= chartBottom + 80)) wrong.push(`${f.tools.embed}: chart ends at ${Math.round(chartBottom)} px, frame ${f.embedHeight} px`);
    }
    await context.close();
    expect(wrong).toEqual([]);
  }, 300_000);
});

describe('the copy buttons', () => {
  it('are hidden without JavaScript and copy the figure\'s link with it', async () => {
    const path = '/xep-hang/2023/';
    const off = await browser.newContext({ javaScriptEnabled: false });
    const offPage = await off.newPage();
    await offPage.goto(`${server.url}${path}`);
    expect(await offPage.locator('button[data-copy]:visible').count()).toBe(0);
    await off.close();
    const on = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await on.newPage();
    await page.goto(`${server.url}${path}`);
    const copyLink = page.locator('#ranking-2023 button[data-copy="link"]');
    await copyLink.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}${path}#ranking-2023`);
    await page.locator('#ranking-2023 button[data-copy="embed"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^<iframe src="${server.url}/embed/ranking-2023/" title="[^"]+" width="100%" height="\\d+"`));
    await on.close();
  });
});
