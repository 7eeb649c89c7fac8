import { LAYOUTS } from '../../../src/charts/layout.ts';
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/charts/render.ts';
import { unitDotsChart, type UnitValueRow } from '../../../src/charts/unit-dots.ts';
import { normaliseSvg } from '../../helpers/svg.ts';

const rows: UnitValueRow[] = [
  { unit_name_vi: 'Quốc Oai', unit_name_en: 'Quoc Oai', period: '2022', value: 99.2, rank: 3, source_id: 's', source_publisher_en: 'S', source_publisher_vi: 'S', source_title: 't', source_published: null, source_url: null },
  { unit_name_vi: 'Mỹ Đức', unit_name_en: 'My Duc', period: '2022', value: 99.36, rank: 1, source_id: 's', source_publisher_en: 'S', source_publisher_vi: 'S', source_title: 't', source_published: null, source_url: null },
];

describe('unitDotsChart', () => {
  it('lists units best rank first with their published values', async () => {
    const svg = renderSvg(unitDotsChart(rows, { lang: 'vi', layout: LAYOUTS[0]!, unit: '%' }));
    expect(svg.indexOf('1 · Mỹ Đức')).toBeLessThan(svg.indexOf('3 · Quốc Oai'));
    expect(svg).toContain('>99,36<');
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/unit-dots-vi.svg');
  });
});
