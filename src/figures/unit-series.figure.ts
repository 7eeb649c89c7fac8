import { localized } from '../../pipelines/domain/lang.ts';
import { t } from '../i18n/t.ts';
import { figureRows, withValue } from '../queries/figure-rows.ts';
import { indicatorSummary } from '../queries/indicator-summaries.ts';
import { defineFigure } from './figure.ts';
import { axisLabel } from './indicator-shape.ts';
import { timelineContent } from './timeline.ts';

/** One unit and one indicator with published values in two periods or more. */
export interface UnitIndicator {
  unit: string;
  indicator: string;
}

/** The district-level units have their own pages and charts. */
const OWN_PAGES_LEVEL = 'district';

/** One unit's published values of one indicator over time, with its targets. */
export default defineFigure({
  id: 'unit-series',
  async instances(data): Promise<UnitIndicator[]> {
    const periods = new Map<string, { pair: UnitIndicator; periods: Set<string> }>();
    for (const r of withValue(await figureRows(data, {}))) {
      if (r.unit_level === OWN_PAGES_LEVEL || r.kind !== 'actual') continue;
      const key = `${r.unit_id}|${r.indicator_id}`;
      if (!periods.has(key)) periods.set(key, { pair: { unit: r.unit_id, indicator: r.indicator_id }, periods: new Set() });
      periods.get(key)!.periods.add(r.period);
    }
    return [...periods.values()].filter((p) => p.periods.size >= 2).map((p) => p.pair);
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
