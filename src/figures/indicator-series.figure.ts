import { localized } from '../../pipelines/domain/lang.ts';
import { t } from '../i18n/t.ts';
import { figureRows, type FigureRow } from '../queries/figure-rows.ts';
import { indicatorSummaries, indicatorSummary, type IndicatorSummary } from '../queries/indicator-summaries.ts';
import { defineFigure } from './figure.ts';
import { axisLabel, hasSeries, seriesRows } from './indicator-shape.ts';
import { timelineContent } from './timeline.ts';

const REORGANISATION = '2025-07-01';

/** The rows of one indicator's series: its results and targets over time (see seriesRows). */
function shownRows(meta: IndicatorSummary, rows: FigureRow[]): FigureRow[] {
  return seriesRows(meta, rows.filter((r) => r.indicator_id === meta.id));
}

/** Any indicator's results against its targets over time, one series per unit. */
export default defineFigure({
  id: 'indicator-series',
  async instances(data) {
    const charted: string[] = [];
    // One indicator's rows at a time, the same question its load asks: every row at once was the
    // build's largest answer at scale (hundreds of MB with 10^5 observations).
    for (const meta of await indicatorSummaries(data)) {
      if (hasSeries(shownRows(meta, await figureRows(data, { indicators: [meta.id] })))) charted.push(meta.id);
    }
    return charted;
  },
  key: (indicator: string) => indicator,
  async load(data, indicator) {
    const [meta, rows] = await Promise.all([indicatorSummary(data, indicator), figureRows(data, { indicators: [indicator] })]);
    return { meta, rows: shownRows(meta, rows) };
  },
  render({ meta, rows }, _indicator, lang) {
    const straddles = rows.some((r) => r.period_end >= REORGANISATION) && rows.some((r) => r.period_start < REORGANISATION);
    return timelineContent(
      rows,
      {
        title: t(lang, 'seriesTitle', { name: localized(meta, 'name', lang) }),
        description: t(lang, meta.rank_level !== null ? 'seriesDescRanked' : 'seriesDesc'),
      },
      // The city, the national average and the unit with the most periods are named; the others are context.
      { lang, reorganisation: straddles, yLabel: axisLabel(lang, meta.unit), named: 3 },
    );
  },
});
