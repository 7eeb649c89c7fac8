import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../../pipelines/domain/lang.ts';
import districtLocator from '../../../figures/district-locator.figure.ts';
import coverage from '../../../figures/coverage.figure.ts';
import { instanceId, type Figure } from '../../../figures/figure.ts';
import nationalPar from '../../../figures/national-par.figure.ts';
import { renderOgPng } from '../../../figures/og-image.ts';
import online from '../../../figures/online.figure.ts';
import rankingMap from '../../../figures/ranking-map.figure.ts';
import { buildInstances } from '../../../figures/render-build.ts';
import sipas from '../../../figures/sipas.figure.ts';

/** The figures whose charts are pages' preview images (see each page's `image` in Base.astro). */
const PREVIEW_FIGURES = [nationalPar, rankingMap, sipas, online, coverage, districtLocator] as Figure[];

/** A preview image (800 × 420 PNG) for link previews, per figure instance and language, drawn at build time. */
export async function getStaticPaths() {
  const paths = [];
  for (const figure of PREVIEW_FIGURES) {
    // A page shows its first instance of a figure that has several on one page (online services).
    const instances = await buildInstances(figure);
    for (const params of figure === online ? instances.slice(0, 1) : instances) {
      for (const lang of LANGS) paths.push({ params: { lang, image: instanceId(figure, params) }, props: { figure, params } });
    }
  }
  return paths;
}

export const GET: APIRoute = async ({ params, props }) => {
  const { figure, params: figureParams } = props as { figure: Figure; params: unknown };
  return new Response(new Uint8Array(await renderOgPng(figure, figureParams, params.lang as Lang)), { headers: { 'content-type': 'image/png' } });
};
