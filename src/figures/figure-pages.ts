import { indicatorPagePath, rankingPagePath } from '../lib/site-paths.ts';
import type { RankingPeriod } from './indicator-ranking.figure.ts';
import type { UnitIndicator } from './unit-series.figure.ts';

/**
 * The page each figure instance is read on (a path below the language prefix, in its Vietnamese
 * form; pathFor gives each language's address): where a copied link, an embed's link back and a
 * downloaded picture's address lead. An instance that several pages show (the bloc averages on the
 * home page and on every district page) is given the one that is about it.
 */
const PAGES: Record<string, (params: never) => string> = {
  ranking: (year: number) => `xep-hang/${year}/`,
  'ranking-map': (year: number) => `xep-hang/${year}/`,
  'rank-history': () => 'xep-hang/',
  'national-par': () => '',
  'bloc-average': () => '',
  sipas: () => 'hai-long/',
  'satisfaction-targets': () => 'hai-long/',
  'city-survey': () => 'hai-long/',
  'survey-766': () => 'hai-long/',
  online: () => 'dich-vu-cong/',
  coverage: () => 'nguon-va-phuong-phap/',
  'coverage-national': () => 'nguon-va-phuong-phap/',
  'province-ranks': () => 'ha-noi-63-tinh/',
  'district-locator': (unit: string) => `quan-huyen/${unit}/`,
  'district-score': (unit: string) => `quan-huyen/${unit}/`,
  'district-rank': (unit: string) => `quan-huyen/${unit}/`,
  // The generated unit pages show series of the units other than the districts (src/lib/unit-pages.ts).
  'unit-series': (series: UnitIndicator) => `don-vi/${series.unit}/`,
  'indicator-ranking': (ranking: RankingPeriod) => rankingPagePath(ranking.indicator, ranking.period),
  'indicator-series': (indicator: string) => indicatorPagePath(indicator),
  'indicator-values': (indicator: string) => indicatorPagePath(indicator),
  'indicator-groups': (indicator: string) => indicatorPagePath(indicator),
  'indicator-coverage': (indicator: string) => indicatorPagePath(indicator),
};

/** The page a figure instance is read on; a figure missing here is an error that names it. */
export function figurePagePath(figureId: string, params: unknown): string {
  const page = PAGES[figureId];
  if (!page) throw new Error(`src/figures/figure-pages.ts: no page for the figure '${figureId}'; add where it is read`);
  return page(params as never);
}
