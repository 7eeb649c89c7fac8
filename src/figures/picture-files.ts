// A figure's picture (./picture.ts) as the files the build writes: a PNG and a self-contained SVG.
import type { Lang } from '../../pipelines/domain/lang.ts';
import { escapeHtml } from '../lib/html.ts';
import { withPngText } from '../lib/png-text.ts';
import { PICTURE_WIDTH, PNG_SCALE, type PictureTexts } from './picture.ts';
import { drawPicture } from './raster.ts';

/** What a picture file says about itself: its title, what it shows, its source and licence and the dataset version. */
const metadata = (texts: PictureTexts) => ({ Title: texts.title, Description: texts.subtitle, Source: [texts.source, texts.date].filter(Boolean).join(' · '), Copyright: texts.licence, Software: texts.version });

/** The picture as a PNG at twice its size, with its title, source, licence and version in its text chunks. */
export async function picturePng(svg: string, texts: PictureTexts): Promise<Buffer> {
  return withPngText((await drawPicture(svg, PICTURE_WIDTH * PNG_SCALE)).png, metadata(texts));
}

/**
 * The picture as a self-contained SVG file: its type as outlines (no font needed to show it), and
 * its words again as the file's title, description and metadata, for search and screen readers.
 */
export async function pictureSvgFile(svg: string, texts: PictureTexts, lang: Lang): Promise<string> {
  // Drawn with the PNG, in one go (see raster.ts).
  const drawn = (await drawPicture(svg, PICTURE_WIDTH * PNG_SCALE)).outlined;
  const about = `<title>${escapeHtml(texts.title)}</title><desc>${escapeHtml([texts.subtitle, texts.source, texts.date, texts.version, texts.licence].filter(Boolean).join('\n'))}</desc>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${drawn.replace(/^<svg([^>]*)>/, `<svg$1 xml:lang="${lang}">${about}`)}`;
}
