import { t } from '../i18n/t.ts';
import { figureRows } from '../queries/figure-rows.ts';
import { defineFigure } from './figure.ts';
import { timelineContent } from './timeline.ts';

/** Hà Nội's SIPAS and the national average, with the targets set for it. */
export default defineFigure({
  id: 'sipas',
  instances: async () => [null],
  key: () => '',
  load: (data) => figureRows(data, { indicators: ['sipas_province'], units: ['ha-noi', 'vn'] }),
  render: (rows, _params, lang) => timelineContent(rows, { title: t(lang, 'sipasChartTitle'), description: t(lang, 'sipasChartDesc') }, { lang, yDomain: [70, 100], yLabel: 'SIPAS (%)' }),
});
