import * as Plot from '@observablehq/plot';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { districtMapChart } from '../charts/district-map.ts';
import { finishChart } from '../charts/finish.ts';
import { rankingChart } from '../charts/ranking-slots.ts';
import type { Lang } from '../i18n/messages.ts';
import { formatNumber, t } from '../i18n/t.ts';
import { tableHtml } from '../lib/html.ts';
import { rankingFigureText } from '../lib/ranking-view.ts';
import { sourceListHtml } from '../lib/sources.ts';
import districtsSql from '../queries/districts.sql?raw';
import rankingSql from '../queries/ranking.sql?raw';
import { loadEngine, runBrowserQuery } from './duckdb-browser.ts';

let boundaries: Promise<FeatureCollection> | undefined;
let shapeIds: Promise<Map<string, string>> | undefined;
function loadBoundaries(): Promise<FeatureCollection> {
  boundaries ??= fetch(`${import.meta.env.BASE_URL}data/hanoi-districts.topojson`)
    .then((r) => r.json() as Promise<Topology>)
    .then((topology) => feature(topology, topology.objects.hanoi_districts!) as unknown as FeatureCollection);
  return boundaries;
}

function replaceFigure(figure: HTMLElement, spec: Plot.PlotOptions, parts: { title: string; note?: string; table: string; sources: string }) {
  const svg = finishChart(Plot.plot(spec));
  figure.querySelector('[data-part="svg"]')!.replaceChildren(svg);
  figure.querySelector('[data-part="title"]')!.textContent = parts.title;
  if (parts.note !== undefined) figure.querySelector('[data-part="note"]')!.textContent = ` ${parts.note}`;
  figure.querySelector('[data-part="table"]')!.innerHTML = parts.table;
  figure.querySelector('[data-part="sources"]')!.innerHTML = parts.sources;
}

/** Redraws the ranking and the map for a year from the Parquet bundle, queried in DuckDB-WASM. */
export async function showRankingYear(app: HTMLElement, year: number): Promise<void> {
  const lang = app.dataset.lang as Lang;
  const status = app.querySelector<HTMLElement>('[data-part="status"]')!;
  await loadEngine((bytes) => {
    status.textContent = `${t(lang, 'loading')} ${formatNumber(lang, bytes / 1_048_576, 1)} MB`;
  });
  shapeIds ??= runBrowserQuery(districtsSql, []).then((units) => new Map(units.map((u) => [String(u.id), String(u.geo_shape_id)])));
  const [rows, shapes, geo] = await Promise.all([runBrowserQuery(rankingSql, [String(year)]), shapeIds, loadBoundaries()]);
  const text = rankingFigureText(lang, year, rows);
  const sources = sourceListHtml(lang, rows);
  const table = tableHtml(text.table);
  replaceFigure(app.querySelector('#chart-ranking')!, rankingChart(rows, { lang }), { title: text.title, note: text.coverage, table, sources });
  replaceFigure(app.querySelector('#chart-map')!, districtMapChart(geo, rows, { lang, shapeIds: shapes }), { title: text.mapTitle, table, sources });
  for (const link of app.querySelectorAll<HTMLAnchorElement>('a[data-year]')) {
    if (Number(link.dataset.year) === year) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  app.dataset.year = String(year);
  status.dataset.state = 'ready';
  status.textContent = t(lang, 'exploreReady');
}
