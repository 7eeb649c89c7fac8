import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../../pipelines/domain/lang.ts';
import districtLocator from '../../../figures/district-locator.figure.ts';
import coverage from '../../../figures/coverage.figure.ts';
import { instanceId, type Figure } from '../../../figures/figure.ts';
import nationalPar from '../../../figures/national-par.figure.ts';
import { renderOgCard, renderOgPng } from '../../../figures/og-image.ts';
import { previewCards, previewCharts } from '../../../figures/page-previews.ts';
import provinceRanks from '../../../figures/province-ranks.figure.ts';
import online from '../../../figures/online.figure.ts';
import rankingMap from '../../../figures/ranking-map.figure.ts';
import { buildInstances } from '../../../figures/render-build.ts';
import { fileResponse } from '../../../lib/file-response.ts';
import sipas from '../../../figures/sipas.figure.ts';

/** The figures whose charts are pages' preview images (see each page's `image` in Base.astro). */
const PREVIEW_FIGURES = [nationalPar, rankingMap, sipas, online, coverage, districtLocator, provinceRanks] as Figure[];

/**
 * A preview image (800 × 420 PNG) for link previews, per figure instance and language, drawn at
 * build time; and for the generated pages, their first chart or a card (src/figures/page-previews.ts).
 */
export async function getStaticPaths() {
  const charts: { figure: Figure; params: unknown }[] = [];
  for (const figure of PREVIEW_FIGURES) {
    // A page shows its first instance of a figure that has several on one page (online services).
    const instances = await buildInstances(figure);
    for (const params of figure === online ? instances.slice(0, 1) : instances) charts.push({ figure, params });
  }
  // Several pages may share a preview (an indicator's page and the page of its opening period).
  const unique = new Map([...charts, ...((await previewCharts()) as typeof charts)].map((c) => [instanceId(c.figure, c.params), c]));
  const cards = await previewCards();
  // Both languages of one preview side by side, as the figures' files (src/pages/figures/).
  return [
    ...[...unique].flatMap(([image, { figure, params }]) => LANGS.map((lang) => ({ params: { lang, image }, props: { figure, params } }))),
    ...cards.flatMap((card) => LANGS.map((lang) => ({ params: { lang, image: `page-${card.card}` }, props: { card: card.text(lang) } }))),
  ];
}

type Props = { figure: Figure; params: unknown } | { card: { title: string; description: string } };

export const GET: APIRoute = async ({ params, props }) => {
  const lang = params.lang as Lang;
  const preview = props as Props;
  const png = 'card' in preview ? await renderOgCard(lang, preview.card.title, preview.card.description) : await renderOgPng(preview.figure, preview.params, lang);
  return fileResponse(png, 'image/png');
};
