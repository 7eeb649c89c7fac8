import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { buildData } from '../engine/build-data.ts';
import { t } from '../i18n/t.ts';
import { hasGeneratedPage } from '../lib/unit-pages.ts';
import { indicatorSummaries } from '../queries/indicator-summaries.ts';
import { allUnits, type Unit } from '../queries/units.ts';
import type { Figure } from './figure.ts';
import indicatorCoverage from './indicator-coverage.figure.ts';
import indicatorGroups from './indicator-groups.figure.ts';
import indicatorRanking from './indicator-ranking.figure.ts';
import indicatorSeries from './indicator-series.figure.ts';
import indicatorValues from './indicator-values.figure.ts';
import { buildInstances } from './render-build.ts';
import unitSeries, { type UnitIndicator } from './unit-series.figure.ts';

/**
 * The preview images of the generated pages (indicators, units, their indexes, the explorer), for
 * their Open Graph and Twitter tags. A page with a chart is previewed by its first chart; a page
 * without one by a card of its title and description. Base.astro names the image from this, and
 * src/pages/og/ draws every image named here, so the two always agree.
 */
export type PagePreview = { figure: Figure<never, never> | Figure<any, any>; params: unknown } | { card: string };

/** A preview card: a page without a chart, shown by its title and what it holds. */
export interface PreviewCard {
  card: string;
  text(lang: Lang): { title: string; description: string };
}

/** An indicator's page shows its ranking of the period, else its series, its values, its groups, its coverage: the first is its preview. */
export async function indicatorPreview(indicator: string, period: string | null): Promise<PagePreview> {
  if (period !== null) return { figure: indicatorRanking, params: { indicator, period } };
  for (const figure of [indicatorSeries, indicatorValues, indicatorGroups] as Figure<string, unknown>[]) {
    if ((await buildInstances(figure)).includes(indicator)) return { figure, params: indicator };
  }
  return { figure: indicatorCoverage, params: indicator };
}

/** A unit's first series over time, or, where it has none, a card. */
export async function unitPreview(unitId: string): Promise<PagePreview> {
  const series = (await buildInstances(unitSeries)).find((s) => s.unit === unitId);
  return series ? { figure: unitSeries, params: series satisfies UnitIndicator } : { card: unitCard(unitId) };
}

const unitCard = (unitId: string) => `don-vi-${unitId}`;

/** The cards of the pages without a chart: the indexes, the explorer and the units with no series. */
export async function previewCards(): Promise<PreviewCard[]> {
  const [indicators, units] = await Promise.all([indicatorSummaries(buildData), allUnits(buildData)]);
  const withoutChart: Unit[] = [];
  for (const unit of units.filter(hasGeneratedPage)) if ('card' in (await unitPreview(unit.id))) withoutChart.push(unit);
  return [
    { card: INDEX_CARDS.indicators, text: (lang) => ({ title: t(lang, 'indicatorsTitle'), description: t(lang, 'indicatorsLead', { n: indicators.length }) }) },
    { card: INDEX_CARDS.units, text: (lang) => ({ title: t(lang, 'unitsTitle'), description: t(lang, 'unitsLead') }) },
    { card: INDEX_CARDS.explore, text: (lang) => ({ title: t(lang, 'exploreTitle'), description: t(lang, 'exploreLead') }) },
    ...withoutChart.map((unit) => ({
      card: unitCard(unit.id),
      text: (lang: Lang) => ({ title: localized(unit, 'name', lang), description: t(lang, 'unitPageLead', { name: localized(unit, 'name', lang), n: unit.figures }) }),
    })),
  ];
}

/** The cards of the index pages and the explorer. */
export const INDEX_CARDS = { indicators: 'chi-so', units: 'don-vi', explore: 'kham-pha' } as const;

/** Every chart that previews a generated page: every period of every ranking, and the first chart of each other page. */
export async function previewCharts(): Promise<{ figure: Figure<any, any>; params: unknown }[]> {
  const [indicators, rankings, units] = await Promise.all([indicatorSummaries(buildData), buildInstances(indicatorRanking), allUnits(buildData)]);
  const ranked = new Set(rankings.map((r) => r.indicator));
  const previews: PagePreview[] = [
    ...rankings.map((params) => ({ figure: indicatorRanking, params })),
    ...(await Promise.all(indicators.filter((meta) => !ranked.has(meta.id)).map((meta) => indicatorPreview(meta.id, null)))),
    ...(await Promise.all(units.filter(hasGeneratedPage).map((unit) => unitPreview(unit.id)))),
  ];
  return previews.filter((p): p is { figure: Figure<any, any>; params: unknown } => 'figure' in p);
}
