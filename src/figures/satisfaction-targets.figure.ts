import { t } from '../i18n/t.ts';
import { figureRows } from '../queries/figure-rows.ts';
import { defineFigure } from './figure.ts';
import { timelineContent } from './timeline.ts';

/** Every satisfaction target set for the city or a district, next to Hà Nội's SIPAS results. */
export default defineFigure({
  id: 'satisfaction-targets',
  instances: async () => [null],
  key: () => '',
  async load(data) {
    const [sipas, satisfaction] = await Promise.all([
      figureRows(data, { indicators: ['sipas_province'], units: ['ha-noi'] }),
      figureRows(data, { topic: 'satisfaction' }),
    ]);
    return [...sipas.filter((r) => r.kind === 'actual'), ...satisfaction.filter((r) => r.kind === 'target' && r.indicator_id !== 'sipas_province')];
  },
  render: (rows, _params, lang) => timelineContent(rows, { title: t(lang, 'satisfactionTargetsTitle'), description: t(lang, 'satisfactionTargetsDesc') }, { lang, yDomain: [70, 100], yLabel: '%' }),
});
