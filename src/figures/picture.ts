import { sourceCredit } from '../../pipelines/domain/citation.ts';
import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { textWidth, WIDE } from '../charts/layout.ts';
import type { ChartRenderer } from '../charts/render.ts';
import { COLORS, hatchPatternMarkup } from '../charts/theme.ts';
import { formatDate, t } from '../i18n/t.ts';
import { escapeHtml } from '../lib/html.ts';
import type { SourceFields } from '../lib/sources.ts';
import type { FigureContent, LegendItem } from './figure.ts';
import { chartSize, placeChart } from './place-chart.ts';

/**
 * A figure as a picture a reader can take away: the chart at the widest layout with its title,
 * what it shows, its legend, its sources with their dates, the licence with the site's name and the
 * figure's address, and the dataset version. One SVG, drawn to a PNG at twice its size for print
 * and written again with its text as outlines, so that it looks the same in any program
 * (./picture-files.ts, at build time). The explorer draws its results' pictures with it too.
 */

/** The picture's width in SVG units (CSS px): the widest chart and its margins. */
export const PICTURE_WIDTH = WIDE.width + 48;
/** The PNG is drawn at twice the picture's size, for print. */
export const PNG_SCALE = 2;
const MARGIN = 24;
const TEXT_WIDTH = PICTURE_WIDTH - 2 * MARGIN;

export interface PictureContext {
  /** The figure's address: its page and anchor. */
  url: string;
  /** The dataset version (datasetVersion in pipelines/domain/citation.ts). */
  version: string;
}

/** Words in lines no wider than a width at a type size (textWidth's conservative measure). */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const line = lines.at(-1);
    if (line !== undefined && textWidth(`${line} ${word}`, size) <= width) lines[lines.length - 1] = `${line} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The distinct sources of a figure as one line: publisher and date each ("date unknown" where no date is known). */
export function sourceLine(lang: Lang, sources: SourceFields[]): string {
  const credits = [...new Set(sources.map((s) => (s.source_published ? sourceCredit(lang, s) : `${localized(s, 'source_publisher', lang)} (${t(lang, 'dateUnknown')})`)))];
  return t(lang, credits.length > 1 ? 'pictureSources' : 'pictureSource', { sources: credits.join('; ') });
}

/**
 * The latest publication date among a figure's sources, as a reader writes it; null unless every
 * source's date is known, since an undated source may be the latest and "published up to" would
 * then be untrue (the source line says which dates are unknown).
 */
export function dataDate(lang: Lang, sources: SourceFields[]): string | null {
  const dates = sources.map((s) => s.source_published);
  if (dates.length === 0 || dates.includes(null)) return null;
  return formatDate(lang, (dates as string[]).sort().at(-1)!);
}

/** The texts printed around the chart: what the picture's metadata and the tests read too. */
export function pictureTexts(lang: Lang, content: FigureContent, context: PictureContext) {
  const date = dataDate(lang, content.sources);
  return {
    title: content.title,
    subtitle: content.note ? `${content.description} ${content.note}` : content.description,
    source: content.sources.length > 0 ? sourceLine(lang, content.sources) : '',
    date: date ? t(lang, 'pictureDataDate', { date }) : '',
    version: t(lang, 'pictureVersion', { version: context.version }),
    licence: t(lang, 'pictureLicence', { site: t(lang, 'siteTitle'), url: context.url }),
  };
}

const text = (x: number, y: number, size: number, content: string, attributes = '') => `<text x="${x}" y="${y}" font-size="${size}"${attributes}>${escapeHtml(content)}</text>`;

function legendSvg(items: LegendItem[], top: number): { svg: string; height: number } {
  if (items.length === 0) return { svg: '', height: 0 };
  const parts: string[] = [];
  let [x, y] = [MARGIN, top];
  for (const item of items) {
    const width = 18 + textWidth(item.label, 13) + 18;
    if (x > MARGIN && x + width > PICTURE_WIDTH - MARGIN) [x, y] = [MARGIN, y + 22];
    const swatch =
      item.kind === 'color' ? `<rect x="${x}" y="${y - 11}" width="12" height="12" fill="${escapeHtml(item.color)}"/>`
      : item.kind === 'hatch' ? `<rect x="${x}" y="${y - 11}" width="12" height="12" fill="url(#picture-hatch)" stroke="${COLORS.gap}" stroke-width="0.5"/>`
      : item.kind === 'target' ? `<rect x="${x + 2}" y="${y - 9}" width="8" height="8" fill="none" stroke="${COLORS.target}" stroke-width="1.5" transform="rotate(45 ${x + 6} ${y - 5})"/>`
      : `<rect x="${x}" y="${y - 11}" width="12" height="12" fill="${escapeHtml(item.to)}"/>`;
    parts.push(swatch, text(x + 18, y, 13, item.label, ` fill="${COLORS.ink}"`));
    x += width;
  }
  return { svg: parts.join(''), height: y - top + 22 };
}

/**
 * The picture as SVG text, with its type left as text in Noto Sans (what resvg draws from): the
 * PNG is drawn from it and the downloadable SVG is this with its text outlined.
 */
export function pictureSvg(lang: Lang, content: FigureContent, context: PictureContext, renderer: ChartRenderer): string {
  const texts = pictureTexts(lang, content, context);
  const parts: string[] = [`<rect width="${PICTURE_WIDTH}" height="6" fill="${COLORS.published}"/>`];
  let y = MARGIN + 14;
  for (const line of wrapText(texts.title, TEXT_WIDTH, 21)) {
    parts.push(text(MARGIN, y + 6, 20, line, ` font-weight="700" fill="${COLORS.ink}"`));
    y += 27;
  }
  y += 4;
  for (const line of wrapText(texts.subtitle, TEXT_WIDTH, 14)) {
    parts.push(text(MARGIN, y, 14, line, ` fill="${COLORS.muted}"`));
    y += 20;
  }
  y += 12;
  const legend = legendSvg(content.legend, y);
  parts.push(legend.svg);
  y += legend.height + (legend.height ? 6 : 0);
  if (content.chart) {
    const chart = renderer.svg({ ...content.chart(WIDE), ariaLabel: content.title }, 'picture');
    const size = chartSize(chart);
    const scale = Math.min(size.width, WIDE.width) / size.width;
    parts.push(placeChart(chart, MARGIN, y, scale));
    y += size.height * scale + 16;
  } else {
    for (const line of wrapText(content.empty ?? '', TEXT_WIDTH, 15)) {
      parts.push(text(MARGIN, y + 16, 15, line, ` fill="${COLORS.ink}"`));
      y += 22;
    }
    y += 24;
  }
  parts.push(`<line x1="${MARGIN}" x2="${PICTURE_WIDTH - MARGIN}" y1="${y}" y2="${y}" stroke="${COLORS.grid}"/>`);
  y += 20;
  // A long list of sources is cut after four lines: the CSV beside the picture lists every one.
  const sourceLines = wrapText(texts.source, TEXT_WIDTH, 12);
  const shownSources = sourceLines.length > 4 ? [...sourceLines.slice(0, 3), `${sourceLines[3]} …`] : sourceLines;
  for (const line of [...shownSources, [texts.date, texts.version].filter(Boolean).join(' · '), ...wrapText(texts.licence, TEXT_WIDTH, 12)]) {
    parts.push(text(MARGIN, y, 12, line, ` fill="${COLORS.muted}"`));
    y += 17;
  }
  const height = Math.ceil(y + MARGIN - 8);
  const hatch = `<defs>${hatchPatternMarkup('picture-hatch')}</defs>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_WIDTH}" height="${height}" viewBox="0 0 ${PICTURE_WIDTH} ${height}" font-family="Noto Sans, sans-serif">`
    + hatch + `<rect width="${PICTURE_WIDTH}" height="${height}" fill="#fff"/>` + parts.join('') + '</svg>';
}

export type PictureTexts = ReturnType<typeof pictureTexts>;
