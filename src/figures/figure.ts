import type * as Plot from '@observablehq/plot';
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../../pipelines/domain/lang.ts';
import type { ChartRenderer } from '../charts/render.ts';
import { HATCH_CSS } from '../charts/theme.ts';
import type { QueryRunner } from '../engine/query.ts';
import { t } from '../i18n/t.ts';
import { escapeHtml, tableHtml, type DataTable } from '../lib/html.ts';
import { sourceListHtml, type SourceFields } from '../lib/sources.ts';

/** What a figure reads: queries in an engine, and the district boundaries. */
export interface FigureData {
  run: QueryRunner;
  boundaries(): Promise<FeatureCollection>;
}

/** One entry of a figure's legend: a colour, a hatch (nothing published), a target diamond, a ramp, or Plot's swatches. */
export type LegendItem =
  | { kind: 'color'; color: string; label: string }
  | { kind: 'hatch'; label: string }
  | { kind: 'target'; label: string }
  | { kind: 'ramp'; from: string; to: string; label: string }
  | { kind: 'swatches'; colors: string[]; labels: string[] };

/** Everything a reader sees of a figure, in one language. */
export interface FigureContent {
  title: string;
  /** What the chart shows, in words: the caption and the chart's accessible description. */
  description: string;
  note?: string;
  spec: Plot.PlotOptions;
  legend: LegendItem[];
  table: DataTable;
  /** The rows whose sources the figure lists. */
  sources: SourceFields[];
}

/**
 * A figure: its query (in the figure's own SQL file), what it pre-renders, and how its rows become
 * a chart, a caption, a legend and a data table in each language. The build, any browser redraw
 * and the tests all go through this one definition.
 */
export interface Figure<P = unknown, D = unknown> {
  id: string;
  /** Every parameter set with something to show; the build pre-renders each one. */
  instances(data: FigureData): Promise<P[]>;
  /** What tells this instance from the others ('2023', 'phu-xuyen'), or '' for a figure with one instance. */
  key(params: P): string;
  load(data: FigureData, params: P): Promise<D>;
  render(loaded: D, params: P, lang: Lang): FigureContent;
}

export function defineFigure<P, D>(figure: Figure<P, D>): Figure<P, D> {
  return figure;
}

/** The stable id of a figure instance: its anchor on the page and its name in links. */
export function instanceId<P>(figure: Figure<P, never> | Figure<P, unknown>, params: P): string {
  const key = figure.key(params);
  return key ? `${figure.id}-${key}` : figure.id;
}

function legendHtml(items: LegendItem[], renderer: ChartRenderer): string {
  if (items.length === 0) return '';
  const html = items.map((item) => {
    switch (item.kind) {
      case 'color':
        return `<li><span class="swatch" style="background:${escapeHtml(item.color)}"></span>${escapeHtml(item.label)}</li>`;
      case 'hatch':
        return `<li><span class="swatch" style="background:${HATCH_CSS}"></span>${escapeHtml(item.label)}</li>`;
      case 'target':
        return `<li><span aria-hidden="true">◇</span> ${escapeHtml(item.label)}</li>`;
      case 'ramp':
        return `<li><span class="swatch" style="background:linear-gradient(90deg,${escapeHtml(item.from)},${escapeHtml(item.to)})"></span>${escapeHtml(item.label)}</li>`;
      case 'swatches':
        return `<li class="plot-legend">${renderer.legend({ color: { type: 'categorical', domain: item.labels, range: item.colors, legend: 'swatches' } })}</li>`;
    }
  });
  return `<ul class="legend">${html.join('')}</ul>`;
}

/** A figure instance as HTML, the same at build time and when the browser redraws it. */
export function figureHtml(id: string, figureId: string, content: FigureContent, lang: Lang, renderer: ChartRenderer): string {
  const note = content.note ? `<span class="chart-note"> ${escapeHtml(content.note)}</span>` : '';
  const sources = content.sources.length > 0 ? sourceListHtml(lang, content.sources) : '';
  return `<figure class="chart" id="${escapeHtml(id)}" data-figure="${escapeHtml(figureId)}" aria-labelledby="${escapeHtml(id)}-title" aria-describedby="${escapeHtml(id)}-desc">`
    + `<figcaption><strong id="${escapeHtml(id)}-title">${escapeHtml(content.title)}</strong><span id="${escapeHtml(id)}-desc">${escapeHtml(content.description)}</span>${note}</figcaption>`
    + legendHtml(content.legend, renderer)
    + `<div class="chart-svg">${renderer.svg(content.spec)}</div>`
    + sources
    + `<details><summary>${escapeHtml(t(lang, 'showTable'))}</summary>${tableHtml(content.table)}</details>`
    + '</figure>';
}
