import { t } from '../i18n/t.ts';
import { defineFigure } from './figure.ts';
import { loadUnitValues, unitValuesContent } from './unit-values.ts';

/** The city's own satisfaction survey at the one-stop desks of its districts. */
export default defineFigure({
  id: 'city-survey',
  instances: async () => [null],
  key: () => '',
  load: (data) => loadUnitValues(data, 'sipas_hanoi_district'),
  render: (rows, _params, lang) => unitValuesContent(rows, { title: t(lang, 'districtSurveyTitle'), description: t(lang, 'districtSurveyDesc') }, lang),
});
