import { t } from '../i18n/t.ts';
import { figureRows } from '../queries/figure-rows.ts';
import { defineFigure } from './figure.ts';
import { timelineContent } from './timeline.ts';

/** The average PAR index of the district bloc over the years. */
export default defineFigure({
  id: 'bloc-average',
  instances: async () => [null],
  key: () => '',
  load: (data) => figureRows(data, { indicators: ['par_index_district'], units: ['hn-district-bloc'] }),
  render: (rows, _params, lang) => timelineContent(rows, { title: t(lang, 'homeBlocTitle'), description: t(lang, 'homeBlocDesc') }, { lang, yDomain: [80, 100], yLabel: '%' }),
});
