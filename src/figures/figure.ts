import type * as Plot from '@observablehq/plot';
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../../pipelines/domain/lang.ts';
import { LAYOUTS, type ChartLayout } from '../charts/layout.ts';
import type { ChartRenderer } from '../charts/render.ts';
import { HATCH_CSS } from '../charts/theme.ts';
import type { QueryRunner } from '../engine/query.ts';
import { t } from '../i18n/t.ts';
import { boundedTableHtml } from '../lib/bounded-table.ts';
import { escapeHtml, type DataTable } from '../lib/html.ts';
import { sourceListHtml, type SourceFields } from '../lib/sources.ts';

/** What a figure reads: queries in an engine, and the district boundaries. */
export interface FigureData {
  run: QueryRunner;
  boundaries(): Promise<FeatureCollection>;
}

/** One entry of a figure's legend: a colour, a hatch (nothing published), a target diamond or a ramp. */
export type LegendItem =
  | { kind: 'color'; color: string; label: string }
  | { kind: 'hatch'; label: string }
  | { kind: 'target'; label: string }
  | { kind: 'ramp'; from: string; to: string; label: string };

/** Everything a reader sees of a figure, in one language. */
export interface FigureContent {
  title: string;
  /** What the chart shows, in words: the caption and the chart's accessible description. */
  description: string;
  note?: string;
  /**
   * The chart drawn at one layout's width (see src/charts/layout.ts), or null when there is
   * nothing to draw: then `empty` says so in words instead of an empty chart.
   */
  chart: ((layout: ChartLayout) => Plot.PlotOptions) | null;
  empty?: string;
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

function legendHtml(items: LegendItem[]): string {
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
    }
  });
  return `<ul class="legend">${html.join('')}</ul>`;
}

/**
 * The chart at each layout's width; the page's CSS shows the one that fits the column. Given one
 * layout (the browser, which measures the column), the chart is drawn at that width only.
 */
function chartHtml(id: string, content: FigureContent, renderer: ChartRenderer, only?: ChartLayout): string {
  if (!content.chart) return `<p class="chart-empty">${escapeHtml(content.empty ?? '')}</p>`;
  const layouts = only ? [only] : LAYOUTS;
  const shownAt = (layout: ChartLayout) => (only ? 'measured' : layout.name);
  const drawn = layouts.map((layout) => `<div class="chart-layout" data-layout="${shownAt(layout)}">${renderer.svg({ ...content.chart!(layout), ariaLabel: content.title }, `${id}-${layout.name}`)}</div>`);
  return `<div class="chart-svg">${drawn.join('')}</div>`;
}

export interface FigureHtmlOptions {
  /** The level of the chart's title among the page's headings (2 by default; 3 inside a section; 1 on its chart-only page). */
  headingLevel?: 1 | 2 | 3;
  /** Draw the chart at this layout only, shown at any column width (for a column the browser has measured). */
  layout?: ChartLayout;
}

/**
 * A figure instance as HTML, the same at build time and when the browser redraws it: its title as
 * a heading, the caption, the legend, the chart at each layout, its sources, and the data table
 * that holds every value the chart shows (for readers who cannot hover or see the chart).
 */
export function figureHtml(id: string, figureId: string, content: FigureContent, lang: Lang, renderer: ChartRenderer, { headingLevel = 2, layout }: FigureHtmlOptions = {}): string {
  const note = content.note ? ` <span class="chart-note">${escapeHtml(content.note)}</span>` : '';
  const sources = content.sources.length > 0 ? sourceListHtml(lang, content.sources) : '';
  const e = escapeHtml(id);
  return `<figure class="chart" id="${e}" data-figure="${escapeHtml(figureId)}" aria-labelledby="${e}-title" aria-describedby="${e}-desc" aria-details="${e}-data">`
    + `<figcaption><h${headingLevel} class="chart-title" id="${e}-title">${escapeHtml(content.title)}</h${headingLevel}><p><span id="${e}-desc">${escapeHtml(content.description)}</span>${note}</p></figcaption>`
    + legendHtml(content.legend)
    + chartHtml(id, content, renderer, layout)
    + sources
    + `<details id="${e}-data"><summary>${escapeHtml(t(lang, 'showTable'))}</summary>${boundedTableHtml(content.table, lang)}</details>`
    + '</figure>';
}
