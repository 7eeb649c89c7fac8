import type { Lang } from '../../pipelines/domain/lang.ts';
import { instanceChartRenderer, type ChartRenderer } from '../charts/render.ts';
import { buildData } from '../engine/build-data.ts';
import { RecentMap } from '../lib/recent-map.ts';
import { BuildSpill } from './build-spill.ts';
import { figureHtml, instanceId, type Figure, type FigureContent, type FigureHtmlOptions } from './figure.ts';
import { figureCitation, figureUrl, toolbarLinks } from './figure-links.ts';
import { embedHeight, toolbarHtml } from './figure-tools.ts';

/**
 * How many figure instances' data and HTML are kept: the pages and files that show one instance
 * (each language, each ranking period's page, its picture, table and citation) are mostly built
 * one after another, a few at a time (astro.config.mjs: build.concurrency).
 */
const KEPT_INSTANCES = 64;

const loads = new RecentMap<string, Promise<unknown>>(KEPT_INSTANCES);

/**
 * Every instance's data and drawings, for the routes that show it after the recent ones above have
 * let it go: its files, its link preview, its chart-only page and its page are separate routes.
 */
const spill = new BuildSpill('par-build');

/**
 * A figure instance's data at build time: the bundle does not change during a build, and many
 * pages show the same instance (each language, each ranking year's page).
 */
export function buildLoad<P, D>(figure: Figure<P, D>, params: P): Promise<D> {
  const id = instanceId(figure, params);
  return loads.remember(id, () => spill.value(`data ${id}`, () => figure.load(buildData, params))) as Promise<D>;
}

/** A figure instance in one language as the build draws it. */
export interface BuildDrawing {
  content: FigureContent;
  /** Draws the instance's chart once per layout, for every file that shows it. */
  renderer: ChartRenderer;
}

const drawings = new RecentMap<string, Promise<BuildDrawing>>(KEPT_INSTANCES);

/**
 * A figure instance's content in one language, with the renderer its page, its chart-only page, its
 * picture and its link preview share: each draws the same chart, which Plot draws once.
 */
export function buildDrawing<P, D>(figure: Figure<P, D>, params: P, lang: Lang): Promise<BuildDrawing> {
  const key = `${instanceId(figure, params)}|${lang}`;
  return drawings.remember(key, async () => ({
    content: figure.render(await buildLoad(figure, params), params, lang),
    renderer: instanceChartRenderer((width, draw) => spill.text(`chart ${key}|${width}`, draw)),
  }));
}

const rendered = new RecentMap<string, Promise<string>>(KEPT_INSTANCES);

export interface BuildFigureOptions extends FigureHtmlOptions {
  /** On its chart-only page (src/pages/[...lang]/embed/): no toolbar. */
  embedded?: boolean;
}

/**
 * A figure instance rendered at build time, as the HTML the page carries, with its toolbar
 * (downloads, link, embed, citation); an instance that several pages show (an indicator's series on
 * each of its ranking pages, one after another) is drawn once per language and heading level.
 */
export function renderFigureHtml<P, D>(figure: Figure<P, D>, params: P, lang: Lang, options: BuildFigureOptions = {}): Promise<string> {
  const id = instanceId(figure, params);
  const key = `${id}|${lang}|${options.headingLevel ?? 2}|${options.embedded ? 'embed' : 'page'}`;
  return rendered.remember(key, async () => {
    const { content, renderer } = await buildDrawing(figure, params, lang);
    const html = figureHtml(id, figure.id, content, lang, renderer, options);
    if (options.embedded) return html;
    // The toolbar closes the figure; the embed code's height comes from the figure as drawn.
    const tools = toolbarHtml(lang, id, toolbarLinks(lang, id, embedHeight(html)), figureCitation(lang, content.title, figureUrl(lang, figure.id, params, id)));
    return `${html.slice(0, -'</figure>'.length)}${tools}</figure>`;
  });
}

const instances = new Map<string, Promise<unknown[]>>();

/** A figure's instances, computed once per build (every page that asks gets the same list). */
export function buildInstances<P, D>(figure: Figure<P, D>): Promise<P[]> {
  if (!instances.has(figure.id)) instances.set(figure.id, figure.instances(buildData));
  return instances.get(figure.id)! as Promise<P[]>;
}
