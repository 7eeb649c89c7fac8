import { localized } from '../../pipelines/domain/lang.ts';
import { t } from '../i18n/t.ts';
import { figureRows, withValue } from '../queries/figure-rows.ts';
import { indicatorMeta } from '../queries/indicator.ts';
import { MANY_CHARTS_POINTS } from '../lib/bounds.ts';
import { defineFigure } from './figure.ts';
import { timelineContent } from './timeline.ts';

/** The online-service metrics the online-services page charts, in reading order. */
export const CHARTED_ONLINE_INDICATORS = [
  'full_process_online_services_share',
  'online_services_npsp_integrated_share',
  'dossiers_received_online_share',
  'dossiers_processed_fully_online_share',
  'dossiers_resolved_online_share',
  'dossiers_internal_electronic_share',
  'on_time_rate',
  'procedures_online_level34_share',
  'results_digitised_share',
  'service_index_766',
];

const REORGANISATION = '2025-07-01';

/** One online-service metric over time at city, district and commune level, actuals against targets. */
export default defineFigure({
  id: 'online',
  async instances(data) {
    const rows = withValue(await figureRows(data, { indicators: CHARTED_ONLINE_INDICATORS }));
    return CHARTED_ONLINE_INDICATORS.filter((id) => rows.some((r) => r.indicator_id === id));
  },
  key: (indicator: string) => indicator,
  async load(data, indicator) {
    const [rows, meta] = await Promise.all([figureRows(data, { indicators: [indicator] }), indicatorMeta(data, indicator)]);
    return { rows: withValue(rows), meta };
  },
  render({ rows, meta }, indicator, lang) {
    const isIndex = indicator === 'service_index_766';
    return timelineContent(
      rows,
      { title: isIndex ? t(lang, 'serviceIndexTitle') : localized(meta, 'name', lang), description: localized(meta, 'definition', lang) },
      { lang, reorganisation: rows.some((r) => r.period_end >= REORGANISATION), yLabel: isIndex ? t(lang, 'pointsOf100') : '%' },
      // Ten of these share one page.
      MANY_CHARTS_POINTS,
    );
  },
});
