import { rendererFor } from '../charts/render.ts';
import { browserData } from '../engine/browser-data.ts';
import { loadEngine } from '../engine/browser-engine.ts';
import { figureHtml, instanceId } from '../figures/figure.ts';
import { loadFigure } from '../figures/lazy.ts';
import { formatNumber, t, type Lang } from '../i18n/t.ts';

/** Redraws one figure of the page for other parameters, from the bundle queried in the browser. */
async function redrawFigure(element: HTMLElement, params: unknown, lang: Lang): Promise<void> {
  const figure = await loadFigure(element.dataset.figure!);
  const content = figure.render(await figure.load(browserData, params), params, lang);
  element.outerHTML = figureHtml(instanceId(figure, params), figure.id, content, lang, rendererFor(document));
}

/** Redraws the ranking and the map for a year from the Parquet bundle, queried in DuckDB-WASM. */
export async function showRankingYear(app: HTMLElement, year: number): Promise<void> {
  const lang = app.dataset.lang as Lang;
  const status = app.querySelector<HTMLElement>('[data-part="status"]')!;
  await loadEngine((bytes) => {
    status.textContent = `${t(lang, 'loading')} ${formatNumber(lang, bytes / 1_048_576, 1)} MB`;
  });
  await Promise.all([...app.querySelectorAll<HTMLElement>('figure[data-figure]')].map((figure) => redrawFigure(figure, year, lang)));
  for (const link of app.querySelectorAll<HTMLAnchorElement>('a[data-year]')) {
    if (Number(link.dataset.year) === year) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  app.dataset.year = String(year);
  status.dataset.state = 'ready';
  status.textContent = t(lang, 'exploreReady');
}
