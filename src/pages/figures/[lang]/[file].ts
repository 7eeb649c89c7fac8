import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../../pipelines/domain/lang.ts';
import { everyInstance, figureFile, readAhead, type FigureInstance } from '../../../figures/figure-downloads.ts';
import { FIGURE_FILES, FILE_TYPES, figureFilePath, type FigureFile } from '../../../figures/figure-tools.ts';
import { fileResponse } from '../../../lib/file-response.ts';

/**
 * Every figure instance's files, per language, written at build time so that they download with
 * JavaScript off and cost nothing until clicked: the picture as PNG (2×) and SVG, the data it shows
 * as CSV, and its citation as BibTeX and CSL-JSON.
 */
export async function getStaticPaths() {
  const instances = await everyInstance();
  // One instance's files side by side, in both languages: the build draws and queries it once (src/lib/recent-map.ts).
  return instances.flatMap((instance, i) => LANGS.flatMap((lang) => FIGURE_FILES.map((file) => ({
    params: { lang, file: figureFilePath(lang, instance.id, file).split('/').at(-1)! },
    props: { instance, file, next: instances[i + 1] },
  }))));
}

export const GET: APIRoute = async ({ params, props }) => {
  const { instance, file, next } = props as { instance: FigureInstance; file: FigureFile; next?: FigureInstance };
  if (next && file === FIGURE_FILES[0]) readAhead(next, params.lang as Lang);
  return fileResponse(await figureFile(instance, params.lang as Lang, file), FILE_TYPES[file]);
};
