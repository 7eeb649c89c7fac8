import { localized } from '../../pipelines/domain/lang.ts';
import { unitDotsChart } from '../charts/unit-dots.ts';
import { formatPeriod, t } from '../i18n/t.ts';
import { unitSuffix, valueText } from '../lib/figure-text.ts';
import { sourceCell } from '../lib/sources.ts';
import { figureRows, withValue } from '../queries/figure-rows.ts';
import { indicatorSummaries, indicatorSummary } from '../queries/indicator-summaries.ts';
import { defineFigure } from './figure.ts';
import { rankingPeriods } from './indicator-ranking.figure.ts';
import { axisLabel, hasSeries, scaleEnd } from './indicator-shape.ts';

/**
 * The published values of an indicator with neither a ranking nor a series (a single period, no
 * target): one row per unit.
 */
export default defineFigure({
  id: 'indicator-values',
  async instances(data) {
    const [indicators, rankings] = await Promise.all([indicatorSummaries(data), rankingPeriods(data)]);
    const ranked = new Set(rankings.map((p) => p.indicator_id));
    const charted: string[] = [];
    // One indicator's rows at a time (see indicator-series.figure.ts).
    for (const meta of indicators.filter((m) => !ranked.has(m.id))) {
      const own = await figureRows(data, { indicators: [meta.id] });
      if (withValue(own).length > 0 && !hasSeries(own)) charted.push(meta.id);
    }
    return charted;
  },
  key: (indicator: string) => indicator,
  async load(data, indicator) {
    const [meta, rows] = await Promise.all([indicatorSummary(data, indicator), figureRows(data, { indicators: [indicator] })]);
    return { meta, rows: withValue(rows) };
  },
  render({ meta, rows }, _indicator, lang) {
    const title = t(lang, 'valuesTitle', { name: localized(meta, 'name', lang), period: rows[0]?.period ?? '' });
    const low = Math.min(0, meta.scale_min ?? 0, ...rows.map((r) => r.value));
    return {
      title,
      description: localized(meta, 'definition', lang),
      chart: (layout) => unitDotsChart(rows, { lang, layout, unit: unitSuffix(lang, meta.unit), domain: [low, scaleEnd(meta, rows.map((r) => r.value))], xLabel: axisLabel(lang, meta.unit) }),
      legend: [],
      table: {
        caption: title,
        columns: [t(lang, 'colUnit'), t(lang, 'colPeriod'), t(lang, 'colValue'), t(lang, 'colNote'), t(lang, 'source')],
        rows: rows.map((r) => [localized(r, 'unit_name', lang), formatPeriod(lang, r.period), valueText(lang, r), localized(r, 'note', lang) ?? '', sourceCell(lang, r)]),
      },
      sources: rows,
    };
  },
});
