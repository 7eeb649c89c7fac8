import { t } from '../i18n/t.ts';
import { defineFigure } from './figure.ts';
import { loadUnitValues, unitValuesContent } from './unit-values.ts';

/** Satisfaction in the national service index (Decision 766) for the districts named as lowest. */
export default defineFigure({
  id: 'survey-766',
  instances: async () => [null],
  key: () => '',
  load: (data) => loadUnitValues(data, 'satisfaction_766_district'),
  render: (rows, _params, lang) => unitValuesContent(rows, { title: t(lang, 'survey766Title'), description: t(lang, 'survey766Desc') }, lang),
});
