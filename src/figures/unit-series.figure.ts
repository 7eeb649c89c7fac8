import { localized } from '../../pipelines/domain/lang.ts';
import { t } from '../i18n/t.ts';
import { figureRows, withValue } from '../queries/figure-rows.ts';
import { indicatorSummary } from '../queries/indicator-summaries.ts';
import { defineQuery } from '../engine/query.ts';
import { bounded, PAGE_CHARTS } from '../lib/bounds.ts';
import { defineFigure, type FigureData } from './figure.ts';
import sql from './unit-series.sql?raw';
import { axisLabel } from './indicator-shape.ts';
import { timelineContent } from './timeline.ts';

/** One unit and one indicator with published values in two periods or more. */
export interface UnitIndicator {
  unit: string;
  indicator: string;
}

const unitSeriesQuery = defineQuery(sql, { unit_id: 'string', indicator_id: 'string' });

/** Every series a unit page could chart, in the order it charts them (see unit-series.sql). */
export async function unitSeriesPairs(data: FigureData): Promise<UnitIndicator[]> {
  return (await data.run(unitSeriesQuery)).map((r) => ({ unit: r.unit_id, indicator: r.indicator_id }));
}

/**
 * One unit's published values of one indicator over time, with its targets. A unit page charts its
 * first PAGE_CHARTS series (its tables hold every figure): those are the instances, each with its
 * page, downloads and chart-only page.
 */
export default defineFigure({
  id: 'unit-series',
  async instances(data): Promise<UnitIndicator[]> {
    const byUnit = Map.groupBy(await unitSeriesPairs(data), (pair) => pair.unit);
    return [...byUnit.values()].flatMap((pairs) => bounded(pairs, PAGE_CHARTS).shown);
  },
  key: ({ unit, indicator }) => `${unit}-${indicator}`,
  async load(data, { unit, indicator }) {
    const [meta, rows] = await Promise.all([indicatorSummary(data, indicator), figureRows(data, { indicators: [indicator], units: [unit] })]);
    return { meta, rows: withValue(rows) };
  },
  render({ meta, rows }, _params, lang) {
    const unit = rows[0] ? localized(rows[0], 'unit_name', lang) : '';
    return timelineContent(
      rows,
      { title: t(lang, 'unitSeriesTitle', { unit, name: localized(meta, 'name', lang) }), description: t(lang, 'seriesDesc') },
      { lang, yLabel: axisLabel(lang, meta.unit) },
    );
  },
});
