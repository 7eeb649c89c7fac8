import { citationText, type CitedWork } from '../../pipelines/domain/citation.ts';
import type { Lang } from '../../pipelines/domain/lang.ts';
import { t } from '../i18n/t.ts';
import { escapeHtml } from '../lib/html.ts';
import { LAYOUTS, textWidth, wrapToWidth } from '../charts/layout.ts';

/** The files a figure instance can be downloaded as, built with the site. */
export const FIGURE_FILES = ['png', 'svg', 'csv', 'bib', 'json'] as const;
export type FigureFile = (typeof FIGURE_FILES)[number];

export const FILE_TYPES: Record<FigureFile, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

/** Where a figure instance's file is, below the site's base path: figures/vi/ranking-2023.png. */
export const figureFilePath = (lang: Lang, id: string, file: FigureFile) => `figures/${lang}/${id}.${file === 'json' ? 'csl.json' : file}`;

/** A figure instance's chart-only page, below the language prefix (pathFor gives its address). */
export const embedPagePath = (id: string) => `embed/${id}/`;

export interface ToolbarLinks {
  /** Each downloadable file's address. */
  files: Record<FigureFile, string>;
  /** The chart-only page's address. */
  embed: string;
  /** The height an iframe of the chart-only page needs at a medium width, in CSS px (embedHeight). */
  embedHeight: number;
}

/**
 * The toolbar under a figure: plain links that work without a script (the pictures, the CSV, the
 * figure's own anchor, its chart-only page, its citation in two file formats), and buttons that
 * copy a link, an embed code or the citation, shown only once the page's script has checked that
 * it can copy (src/scripts/figure-tools.ts).
 */
export function toolbarHtml(lang: Lang, id: string, links: ToolbarLinks, citation: CitedWork): string {
  const e = escapeHtml;
  const link = (tool: string, href: string, label: string, download = false) => `<a data-tool="${tool}" href="${e(href)}"${download ? ' download' : ''} aria-describedby="${e(id)}-title">${e(label)}</a>`;
  const copy = (what: string, label: string) => `<button type="button" data-copy="${what}" data-copied="${e(t(lang, 'toolCopied'))}" aria-describedby="${e(id)}-title">${e(label)}</button>`;
  return `<div class="figure-tools" data-figure-tools="${e(id)}" data-embed-height="${links.embedHeight}" role="group" aria-label="${e(t(lang, 'toolsLabel'))}">`
    + link('png', links.files.png, t(lang, 'toolPng'), true)
    + link('svg', links.files.svg, t(lang, 'toolSvg'), true)
    + link('csv', links.files.csv, t(lang, 'toolCsv'), true)
    + link('link', `#${id}`, t(lang, 'toolLink'))
    + copy('link', t(lang, 'toolCopyLink'))
    + link('embed', links.embed, t(lang, 'toolEmbed'))
    + copy('embed', t(lang, 'toolCopyEmbed'))
    + `<details class="figure-cite"><summary>${e(t(lang, 'toolCite'))}</summary>`
    + `<p data-cite>${e(citationText(lang, citation))}</p>`
    + `<p>${link('bib', links.files.bib, t(lang, 'citeBibtex'), true)} ${link('csl', links.files.json, t(lang, 'citeCsl'), true)} ${copy('cite', t(lang, 'toolCopyCite'))}</p>`
    + '</details></div>';
}

// The embed page as src/styles/site.css lays it out in an iframe as wide as the medium layout
// (560 px): the width its text wraps in, and the sizes and line heights of the title, the caption
// and the legend, in CSS px.
const EMBED_WIDTH = LAYOUTS.find((layout) => layout.name === 'medium')!.width;
const EMBED_TEXT_WIDTH = EMBED_WIDTH - 2 * 12;
const TITLE = { size: 18.4, line: 23.92 };
const CAPTION = { size: 15.2, line: 22.8 };
const LEGEND = { size: 13.6, line: 25, swatch: 20, gap: 16 };
const EMPTY = { size: 16, line: 24, margins: 40 };
/** The page's and the caption's margins above the chart, and room below it for the first line under it. */
const EMBED_MARGINS = 19 + 32;

const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&[a-z]+;|&#\d+;/g, '&');
const lineCount = (html: string, font: { size: number }) => wrapToWidth(textOf(html), EMBED_TEXT_WIDTH, font.size).length;

/** Lines of a legend whose items wrap as a flex row does. */
function legendLines(items: string[]): number {
  let lines = 0;
  let used = Infinity;
  for (const item of items) {
    const width = LEGEND.swatch + textWidth(textOf(item), LEGEND.size);
    if (used + LEGEND.gap + width > EMBED_TEXT_WIDTH) {
      lines++;
      used = width;
    } else used += LEGEND.gap + width;
  }
  return lines;
}

/**
 * The height an iframe of a figure's chart-only page needs to show its title, caption, legend and
 * whole chart (or the sentence that stands for an empty one) at 560 px wide, the medium layout,
 * estimated from the figure's HTML; the sources and the table below scroll inside the frame. The
 * estimate errs on the tall side, as textWidth does; tests/browser/toolkit.test.ts measures every
 * chart-only page against it.
 */
export function embedHeight(figureHtml: string): number {
  const title = figureHtml.match(/class="chart-title"[^>]*>([\s\S]*?)<\/h\d>/)?.[1] ?? '';
  const caption = figureHtml.match(/<\/h\d><p>([\s\S]*?)<\/p><\/figcaption>/)?.[1] ?? '';
  const legend = figureHtml.match(/<ul class="legend">([\s\S]*?)<\/ul>/)?.[1];
  const items = legend ? [...legend.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!) : [];
  const empty = figureHtml.match(/<p class="chart-empty">([\s\S]*?)<\/p>/)?.[1];
  const open = figureHtml.match(/data-layout="(?:medium|any)"><svg([^>]*)>/)?.[1];
  const size = (name: string) => Number(open?.match(new RegExp(`\\s${name}="([\\d.]+)"`))?.[1] ?? NaN);
  // The chart is drawn for 560 px and shown at the page's text width.
  const chart = (size('height') * Math.min(EMBED_TEXT_WIDTH, size('width'))) / size('width');
  const header = lineCount(title, TITLE) * TITLE.line + (caption ? lineCount(caption, CAPTION) * CAPTION.line : 0) + (items.length ? 15 + legendLines(items) * LEGEND.line : 0);
  return Math.ceil(header + EMBED_MARGINS + (Number.isFinite(chart) ? chart : EMPTY.margins + lineCount(empty ?? '', EMPTY) * EMPTY.line));
}
