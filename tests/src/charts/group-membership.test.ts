import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../../src/charts/layout.ts';
import { groupMembershipChart, type GroupRow } from '../../../src/charts/group-membership.ts';
import { renderSvg } from '../../../src/charts/render.ts';
import { COLORS } from '../../../src/charts/theme.ts';
import { normaliseSvg } from '../../helpers/svg.ts';

const row = (unit: string, period: string, group: string, source = 's1'): GroupRow => ({
  unit_id: unit, unit_name_vi: unit, unit_name_en: unit, period, group, note_vi: null, note_en: `note on ${group}`,
  source_id: source, source_publisher_en: source, source_publisher_vi: source, source_title: 't', source_published: null, source_url: null,
});

describe('groupMembershipChart', () => {
  const rows = [row('Hải Phòng', '2024', 'top:5'), row('Hải Phòng', '2024', 'top:5', 's2'), row('Cao Bằng', '2024', 'bottom:5'), row('Hà Nội', '2022', 'after-leader:listed-2')];
  const svg = renderSvg(groupMembershipChart(rows, { lang: 'en', layout: LAYOUTS[1]! }));

  it('draws one cell per unit and period, whatever the number of sources, labelled as the source states the set', async () => {
    expect((svg.match(/<rect/g) ?? []).length).toBe(3);
    expect(svg).toContain('>top 5<');
    expect(svg).toContain('>bottom 5<');
    expect(svg).toContain('>named 2 in a list<');
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/group-membership-en.svg');
  });

  it('colours a set by what it is, never by a rank', () => {
    expect(svg).toContain(`fill="${COLORS.groupUpper}"`);
    expect(svg).toContain(`fill="${COLORS.groupLower}"`);
    expect(svg).toContain(`fill="${COLORS.groupListed}"`);
  });

  it('says in its tooltip what the sources say of the unit, each note once (the sources are listed under the figure)', () => {
    const tip = svg.match(/<title>Hải Phòng, 2024[^<]*<\/title>/)?.[0] ?? '';
    expect(tip).toBe('<title>Hải Phòng, 2024: note on top:5</title>');
  });

  it('wraps a label that is wider than its cell, on the narrowest layout', () => {
    const narrow = renderSvg(groupMembershipChart([...rows, row('Hà Nội', '2023', 'top:5'), row('Hà Nội', '2020', 'top:5'), row('Hà Nội', '2021', 'top:5')], { lang: 'en', layout: LAYOUTS[0]! }));
    expect(narrow).toMatch(/<tspan[^>]*>named<\/tspan>/);
  });
});
