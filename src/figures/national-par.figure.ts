import { t } from '../i18n/t.ts';
import { figureRows } from '../queries/figure-rows.ts';
import { defineFigure } from './figure.ts';
import { timelineContent } from './timeline.ts';

/** Hà Nội's provincial PAR INDEX and the national average over the years. */
export default defineFigure({
  id: 'national-par',
  instances: async () => [null],
  key: () => '',
  load: (data) => figureRows(data, { indicators: ['par_index_province'], units: ['ha-noi', 'vn'] }),
  render: (rows, _params, lang) => timelineContent(rows, { title: t(lang, 'homeNationalTitle'), description: t(lang, 'homeNationalDesc') }, { lang, yDomain: [75, 100], yLabel: '%' }),
});
