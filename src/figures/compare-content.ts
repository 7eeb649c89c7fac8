import type { FeatureCollection } from 'geojson';
import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { districtMapChart, type MapRow } from '../charts/district-map.ts';
import { rankingChart, type RankingRow } from '../charts/ranking-slots.ts';
import { COLORS } from '../charts/theme.ts';
import { formatNumber, formatPeriod, t } from '../i18n/t.ts';
import { sourceCell } from '../lib/sources.ts';
import { unitSuffix, valueText } from '../lib/figure-text.ts';
import { districtPath } from '../lib/links.ts';
import type { FigureRow } from '../queries/figure-rows.ts';
import type { CatalogIndicator, CatalogUnit } from '../queries/explorer-catalog.ts';
import type { FigureContent } from './figure.ts';
import { scoreAxis } from './indicator-shape.ts';
import { timelineContent } from './timeline.ts';

/** A reader's choice in the explorer's compare form; no unit or no period means all of them. */
export interface CompareChoice {
  indicator: CatalogIndicator;
  units: string[];
  periods: string[];
}

/** The rows of an indicator that a choice keeps. */
export function chosenRows(rows: FigureRow[], choice: CompareChoice): FigureRow[] {
  const units = new Set(choice.units);
  const periods = new Set(choice.periods);
  return rows.filter((r) => r.indicator_id === choice.indicator.id && (units.size === 0 || units.has(r.unit_id)) && (periods.size === 0 || periods.has(r.period)));
}

/** One period of a ranked indicator is drawn as its ranking; anything else as a series of actuals and targets. */
export const isRanking = (choice: CompareChoice, rows: FigureRow[]) => choice.indicator.rank_of !== null && new Set(rows.map((r) => r.period)).size === 1;

/**
 * A period's ranking of the chosen units, drawn by the ranking page's own chart: every place, gaps
 * hatched, on one score axis for every period of the indicator (from `indicatorRows`, all of its rows).
 */
export function rankingContent(rows: FigureRow[], choice: CompareChoice, lang: Lang, indicatorRows: FigureRow[] = rows): FigureContent {
  const indicator = localized(choice.indicator, 'name', lang);
  const period = rows[0]!.period;
  const actuals = rows.filter((r) => r.kind === 'actual');
  const ranking: RankingRow[] = actuals.map((r) => ({ ...r, name_vi: r.unit_name_vi, name_en: r.unit_name_en, score: r.value }));
  const title = t(lang, 'compareRankingTitle', { indicator, period: formatPeriod(lang, period) });
  return {
    title,
    description: t(lang, 'compareRankingDesc', { n: choice.indicator.rank_of! }),
    chart: (layout) =>
      rankingChart(ranking, {
        lang,
        layout,
        rankOf: choice.indicator.rank_of!,
        level: choice.indicator.rank_level ?? 'district',
        xDomain: scoreAxis(choice.indicator, indicatorRows.flatMap((r) => (r.kind === 'actual' && r.value !== null ? [r.value] : []))),
        scoreSuffix: unitSuffix(lang, choice.indicator.unit),
      }),
    legend: [{ kind: 'hatch', label: t(lang, 'gapLegend') }],
    table: {
      caption: title,
      columns: [t(lang, 'colRank'), t(lang, 'colUnit'), t(lang, 'colValue'), t(lang, 'source')],
      rows: actuals.map((r) => [r.rank !== null ? String(r.rank) : '–', localized(r, 'unit_name', lang), valueText(lang, r), sourceCell(lang, r)]),
    },
    sources: actuals,
  };
}

/** Actuals and targets of the chosen units over the chosen periods, drawn by the site's timeline chart. */
export function seriesContent(rows: FigureRow[], choice: CompareChoice, lang: Lang): FigureContent {
  const indicator = localized(choice.indicator, 'name', lang);
  return timelineContent(rows, { title: t(lang, 'compareSeriesTitle', { indicator }), description: t(lang, 'compareSeriesDesc') }, { lang });
}

/** The district units' figures of one period on the map, coloured over the range of the figures shown. */
export function mapContent(rows: FigureRow[], choice: CompareChoice, units: CatalogUnit[], geo: FeatureCollection, lang: Lang): FigureContent | undefined {
  const shapes = new Map(units.map((u) => [u.id, u.geo_shape_id]));
  const districts = rows.filter((r) => r.kind === 'actual' && r.unit_level === 'district');
  if (districts.length === 0) return undefined;
  const links = new Map(units.filter((u) => u.level === 'district' && u.geo_shape_id).map((u) => [u.geo_shape_id!, districtPath(lang, u.id)]));
  const mapRows: MapRow[] = districts.map((r) => ({ geo_shape_id: shapes.get(r.unit_id) ?? null, score: r.value, rank: r.rank }));
  const values = districts.map((r) => r.value).filter((v): v is number => v !== null);
  const domain: [number, number] = values.length > 0 ? [Math.floor(Math.min(...values)), Math.ceil(Math.max(...values)) + (Math.min(...values) === Math.max(...values) ? 1 : 0)] : [0, 1];
  const indicator = localized(choice.indicator, 'name', lang);
  const title = t(lang, 'compareMapTitle', { indicator, period: formatPeriod(lang, rows[0]!.period) });
  return {
    title,
    description: t(lang, 'mapDesc'),
    note: t(lang, 'attribution'),
    chart: (layout) => districtMapChart(geo, mapRows, { lang, layout, scoreDomain: domain, links }),
    legend: [
      { kind: 'ramp', from: COLORS.scoreRamp[0], to: COLORS.scoreRamp[1], label: `${formatNumber(lang, domain[0])}–${formatNumber(lang, domain[1])}${unitSuffix(lang, choice.indicator.unit)}` },
      { kind: 'color', color: COLORS.rankOnly, label: t(lang, 'mapRankOnly') },
      { kind: 'hatch', label: t(lang, 'mapNoData') },
    ],
    table: {
      caption: title,
      columns: [t(lang, 'colUnit'), t(lang, 'colValue'), t(lang, 'colRank'), t(lang, 'source')],
      rows: districts.map((r) => [localized(r, 'unit_name', lang), valueText(lang, r), r.rank !== null ? String(r.rank) : '–', sourceCell(lang, r)]),
    },
    sources: districts,
  };
}
