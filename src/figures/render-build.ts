import type { Lang } from '../../pipelines/domain/lang.ts';
import { buildTimeRenderer } from '../charts/render.ts';
import { buildData } from '../engine/build-data.ts';
import { figureHtml, instanceId, type Figure, type FigureHtmlOptions } from './figure.ts';

const loads = new Map<string, Promise<unknown>>();

/**
 * A figure instance's data at build time, queried once per build: the bundle does not change
 * during a build, and many pages show the same instance (each language, each ranking year's page).
 */
export function buildLoad<P, D>(figure: Figure<P, D>, params: P): Promise<D> {
  const id = instanceId(figure, params);
  if (!loads.has(id)) loads.set(id, figure.load(buildData, params));
  return loads.get(id)! as Promise<D>;
}

const rendered = new Map<string, Promise<string>>();

/**
 * A figure instance rendered at build time, as the HTML the page carries; an instance that several
 * pages show (an indicator's series on each of its ranking pages) is drawn once per language and
 * heading level.
 */
export function renderFigureHtml<P, D>(figure: Figure<P, D>, params: P, lang: Lang, options: FigureHtmlOptions = {}): Promise<string> {
  const id = instanceId(figure, params);
  const key = `${id}|${lang}|${options.headingLevel ?? 2}`;
  if (!rendered.has(key)) {
    rendered.set(key, (async () => figureHtml(id, figure.id, figure.render(await buildLoad(figure, params), params, lang), lang, buildTimeRenderer(), options))());
  }
  return rendered.get(key)!;
}

const instances = new Map<string, Promise<unknown[]>>();

/** A figure's instances, computed once per build (every page that asks gets the same list). */
export function buildInstances<P, D>(figure: Figure<P, D>): Promise<P[]> {
  if (!instances.has(figure.id)) instances.set(figure.id, figure.instances(buildData));
  return instances.get(figure.id)! as Promise<P[]>;
}
