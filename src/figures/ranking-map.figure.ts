import { DISTRICT_PAR_YEARS } from '../../pipelines/domain/district-years.ts';
import { districtMapChart } from '../charts/district-map.ts';
import { COLORS } from '../charts/theme.ts';
import { t } from '../i18n/t.ts';
import { districtPath } from '../lib/links.ts';
import { districtsQuery } from '../queries/districts.ts';
import { defineFigure } from './figure.ts';
import ranking from './ranking.figure.ts';

/** The year's published scores on the map of the district-level units. */
export default defineFigure({
  id: 'ranking-map',
  instances: async (): Promise<number[]> => [...DISTRICT_PAR_YEARS],
  key: (year) => String(year),
  async load(data, year: number) {
    const [loaded, geo, districts] = await Promise.all([ranking.load(data, year), data.boundaries(), data.run(districtsQuery)]);
    return { ...loaded, geo, districts };
  },
  render(loaded, year, lang) {
    const { table, sources } = ranking.render(loaded, year, lang);
    const units = loaded.rows.filter((r) => r.unit_level === 'district');
    const links = new Map(loaded.districts.filter((u) => u.geo_shape_id).map((u) => [u.geo_shape_id!, districtPath(lang, u.id)]));
    return {
      title: t(lang, 'mapTitle', { year }),
      description: t(lang, 'mapDesc'),
      note: t(lang, 'attribution'),
      chart: (layout) => districtMapChart(loaded.geo, units, { lang, layout, links }),
      legend: [
        { kind: 'ramp', from: COLORS.scoreRamp[0], to: COLORS.scoreRamp[1], label: '80–100%' },
        { kind: 'color', color: COLORS.rankOnly, label: t(lang, 'mapRankOnly') },
        { kind: 'hatch', label: t(lang, 'mapNoData') },
      ],
      table,
      sources,
    };
  },
});
