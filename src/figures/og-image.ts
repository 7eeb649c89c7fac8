import type { Lang } from '../../pipelines/domain/lang.ts';
import { WIDE } from '../charts/layout.ts';
import { t } from '../i18n/t.ts';
import { escapeHtml } from '../lib/html.ts';
import { instanceId, type Figure } from './figure.ts';
import { chartSize, placeChart } from './place-chart.ts';
import { rasterise } from './raster.ts';
import { buildDrawing } from './render-build.ts';

/** The layout size of a link preview (Open Graph, Twitter's large card), and the size of its PNG. */
export const OG_SIZE = { width: 1200, height: 630, pngWidth: 800, pngHeight: 420 } as const;

/** Where a figure's preview image is, below the site's base path. */
export const ogImagePath = <P>(lang: Lang, figure: Figure<P, never> | Figure<P, unknown>, params: P) => `og/${lang}/${instanceId(figure, params)}.png`;

const wrap = (text: string, perLine: number) => {
  const lines: string[] = [''];
  for (const word of text.split(' ')) {
    if (`${lines.at(-1)} ${word}`.trim().length > perLine) lines.push(word);
    else lines[lines.length - 1] = `${lines.at(-1)} ${word}`.trim();
  }
  return lines;
};

/**
 * A figure's preview image for link previews: its title, the chart as the widest layout draws it
 * (or its description, when there is nothing to chart), and the site's name, as a PNG drawn at
 * build time from the same SVG the page carries.
 */
export async function renderOgPng<P, D>(figure: Figure<P, D>, params: P, lang: Lang): Promise<Buffer> {
  const { content, renderer } = await buildDrawing(figure, params, lang);
  const area = bodyArea(content.title);
  if (!content.chart) return previewPng(lang, content.title, descriptionText(content.description, area.y));
  const chart = renderer.svg({ ...content.chart(WIDE), ariaLabel: content.title }, 'og');
  // The chart below the title, as large as the area allows, centred across it.
  const size = chartSize(chart);
  const scale = Math.min(area.width / size.width, area.height / size.height);
  return previewPng(lang, content.title, placeChart(chart, area.x + (area.width - size.width * scale) / 2, area.y, scale));
}

/** The preview image of a page without a chart: its title and a few lines of what it holds. */
export function renderOgCard(lang: Lang, title: string, description: string): Promise<Buffer> {
  return previewPng(lang, title, descriptionText(description, bodyArea(title).y));
}

/** Where a page's preview card is, below the site's base path (named apart from any figure instance). */
export const ogCardPath = (lang: Lang, card: string) => `og/${lang}/page-${card}.png`;

const titleLines = (title: string) => wrap(title, 48).slice(0, 2);

function bodyArea(title: string) {
  const top = 40 + titleLines(title).length * 52;
  return { x: 60, y: top + 10, width: OG_SIZE.width - 120, height: OG_SIZE.height - top - 70 };
}

const descriptionText = (description: string, y: number) => wrap(description, 60).slice(0, 6).map((line, i) => `<text x="60" y="${y + 40 + i * 40}" font-size="28" fill="#333">${escapeHtml(line)}</text>`).join('');

async function previewPng(lang: Lang, title: string, body: string): Promise<Buffer> {
  const { width, height } = OG_SIZE;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`
    + `<rect width="${width}" height="${height}" fill="#fff"/><rect width="${width}" height="10" fill="#1f5fa8"/>`
    + titleLines(title).map((line, i) => `<text x="60" y="${84 + i * 52}" font-size="44" font-weight="700" fill="#1b1b1b">${escapeHtml(line)}</text>`).join('')
    + body
    + `<text x="60" y="${height - 28}" font-size="24" fill="#555">${escapeHtml(t(lang, 'siteTitle'))}</text>`
    + '</svg>';
  // Drawn at two thirds of the layout size: half the pixels to encode, still sharp in a preview.
  return rasterise(svg, OG_SIZE.pngWidth);
}
