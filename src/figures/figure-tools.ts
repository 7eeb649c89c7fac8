import { citationText, type CitedWork } from '../../pipelines/domain/citation.ts';
import type { Lang } from '../../pipelines/domain/lang.ts';
import { t } from '../i18n/t.ts';
import { escapeHtml } from '../lib/html.ts';

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
  /** The height an iframe of the chart-only page needs at a medium width, in CSS px. */
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

/** The height of a figure's chart shown 560 px wide (the medium layout), read from its rendered HTML (400 when it has none). */
export function mediumChartHeight(figureHtml: string): number {
  const open = figureHtml.match(/data-layout="(?:medium|any)"><svg([^>]*)>/)?.[1];
  const size = (name: string) => Number(open?.match(new RegExp(`\\s${name}="([\\d.]+)"`))?.[1] ?? NaN);
  const height = (size('height') * 560) / size('width');
  return Number.isFinite(height) ? Math.round(height) : 400;
}
