import type { Lang } from '../../pipelines/domain/lang.ts';
import { buildTimeRenderer } from '../charts/render.ts';
import { buildData } from '../engine/build-data.ts';
import { figureHtml, instanceId, type Figure } from './figure.ts';

const rendered = new Map<string, Promise<string>>();

/**
 * A figure instance rendered at build time, as the HTML the page carries; an instance that several
 * pages show (an indicator's series on each of its ranking pages) is drawn once per language.
 */
export function renderFigureHtml<P, D>(figure: Figure<P, D>, params: P, lang: Lang): Promise<string> {
  const key = `${instanceId(figure, params)}|${lang}`;
  if (!rendered.has(key)) {
    rendered.set(key, (async () => figureHtml(instanceId(figure, params), figure.id, figure.render(await figure.load(buildData, params), params, lang), lang, buildTimeRenderer()))());
  }
  return rendered.get(key)!;
}

const instances = new Map<string, Promise<unknown[]>>();

/** A figure's instances, computed once per build (every page that asks gets the same list). */
export function buildInstances<P, D>(figure: Figure<P, D>): Promise<P[]> {
  if (!instances.has(figure.id)) instances.set(figure.id, figure.instances(buildData));
  return instances.get(figure.id)! as Promise<P[]>;
}
