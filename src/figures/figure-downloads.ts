import { citationBibtex, citationCsl } from '../../pipelines/domain/citation.ts';
import type { Lang } from '../../pipelines/domain/lang.ts';
import { buildData } from '../engine/build-data.ts';
import { RecentMap } from '../lib/recent-map.ts';
import { bundleVersion } from '../lib/release.ts';
import { observationsById } from '../queries/observations-by-id.ts';
import { instanceId, type Figure, type FigureContent } from './figure.ts';
import { figureCsv } from './figure-csv.ts';
import { figureCitation, figureUrl } from './figure-links.ts';
import type { FigureFile } from './figure-tools.ts';
import { pictureSvg, pictureTexts } from './picture.ts';
import { picturePng, pictureSvgFile } from './picture-files.ts';
import { FIGURES } from './registry.ts';
import { buildDrawing, buildInstances } from './render-build.ts';

/** One figure instance the build pre-renders: the figure, its parameters and its stable id. */
export interface FigureInstance {
  figure: Figure;
  params: unknown;
  id: string;
}

/** Every instance of every figure, each with a toolbar, files and a chart-only page. */
export async function everyInstance(): Promise<FigureInstance[]> {
  const lists = await Promise.all(FIGURES.map(async (figure) => (await buildInstances(figure)).map((params) => ({ figure, params, id: instanceId(figure, params) }))));
  return lists.flat();
}

/** The latest pictures: a picture's PNG and SVG are asked for one after the other. */
const pictures = new RecentMap<string, Promise<{ svg: string; texts: ReturnType<typeof pictureTexts> }>>(16);

/** A figure instance's picture in one language, drawn once for its PNG and its SVG. */
function picture({ figure, params, id }: FigureInstance, lang: Lang) {
  return pictures.remember(`${id}|${lang}`, async () => {
    const { content, renderer } = await buildDrawing(figure, params, lang);
    const context = { url: figureUrl(lang, figure.id, params, id), version: bundleVersion() };
    return { svg: pictureSvg(lang, content, context, renderer), texts: pictureTexts(lang, content, context) };
  });
}

/** The observations a figure's CSV adds to its table: those its rows cite by id. */
const csvObservations = (content: FigureContent) => observationsById(buildData, content.sources.flatMap((row) => ('obs_id' in row && typeof row.obs_id === 'string' ? [row.obs_id] : [])));

/**
 * Starts the queries of an instance's files: its data and its CSV's observations. The files of one
 * instance are built one after another and each waits for the same queries, so while DuckDB
 * answers, the page thread would have nothing to do; asked an instance ahead, the answers are ready
 * (the build keeps them, see render-build.ts and build-engine.ts). A failure is left for the file
 * that asks again to report.
 */
export function readAhead({ figure, params }: FigureInstance, lang: Lang): void {
  buildDrawing(figure, params, lang).then(({ content }) => csvObservations(content)).catch(() => {});
}

/** One downloadable file of a figure instance in a language, as the build writes it. */
export async function figureFile(instance: FigureInstance, lang: Lang, file: FigureFile): Promise<Uint8Array | string> {
  const { figure, params, id } = instance;
  switch (file) {
    case 'png': {
      const { svg, texts } = await picture(instance, lang);
      return picturePng(svg, texts);
    }
    case 'svg': {
      const { svg, texts } = await picture(instance, lang);
      return pictureSvgFile(svg, texts, lang);
    }
    case 'csv': {
      const { content } = await buildDrawing(figure, params, lang);
      return figureCsv(figure.id, content, lang, await csvObservations(content), bundleVersion());
    }
    case 'bib':
    case 'json': {
      const { content } = await buildDrawing(figure, params, lang);
      const work = figureCitation(lang, content.title, figureUrl(lang, figure.id, params, id));
      return file === 'bib' ? citationBibtex(lang, work) : `${JSON.stringify(citationCsl(lang, work), null, 2)}\n`;
    }
  }
}
