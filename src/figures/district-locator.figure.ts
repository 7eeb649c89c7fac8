import { localized } from '../../pipelines/domain/lang.ts';
import type { DistrictFeature } from '../charts/district-map.ts';
import { locatorMapChart } from '../charts/locator-map.ts';
import { COLORS } from '../charts/theme.ts';
import { t } from '../i18n/t.ts';
import { districtPath } from '../lib/links.ts';
import { districtsQuery } from '../queries/districts.ts';
import { defineFigure } from './figure.ts';

/** Where a district-level unit lies among the 30, with its neighbours; each unit links to its page. */
export default defineFigure({
  id: 'district-locator',
  instances: async (data) => (await data.run(districtsQuery)).map((u) => u.id),
  key: (unitId: string) => unitId,
  async load(data, unitId) {
    const [geo, districts] = await Promise.all([data.boundaries(), data.run(districtsQuery)]);
    const unit = districts.find((u) => u.id === unitId)!;
    const shape = (geo.features as DistrictFeature[]).find((f) => f.properties.shapeID === unit.geo_shape_id)!;
    const neighbours = districts.filter((u) => shape.properties.neighbours.includes(u.geo_shape_id));
    return { geo, districts, unit, neighbours };
  },
  render({ geo, districts, unit, neighbours }, _unitId, lang) {
    const name = localized(unit, 'name', lang);
    const links = new Map(districts.map((u) => [u.geo_shape_id, districtPath(lang, u.id)]));
    const neighbourNames = neighbours.map((u) => localized(u, 'name', lang)).join(', ');
    return {
      title: t(lang, 'locatorTitle', { name }),
      description: t(lang, 'locatorDesc', { name, neighbours: neighbourNames }),
      note: t(lang, 'attribution'),
      chart: (layout) => locatorMapChart(geo, { layout, shapeId: unit.geo_shape_id, neighbours: new Set(neighbours.map((u) => u.geo_shape_id)), links }),
      legend: [
        { kind: 'color', color: COLORS.published, label: name },
        { kind: 'color', color: COLORS.neighbour, label: t(lang, 'locatorNeighbours') },
      ],
      table: {
        caption: t(lang, 'locatorTitle', { name }),
        columns: [t(lang, 'colUnit'), t(lang, 'locatorRelation')],
        rows: [[name, t(lang, 'locatorThis')], ...neighbours.map((u) => [localized(u, 'name', lang), t(lang, 'locatorNeighbour')])],
      },
      sources: [],
    };
  },
});
