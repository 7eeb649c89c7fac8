import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { LAYOUTS } from '../../../src/charts/layout.ts';
import { describe, expect, it } from 'vitest';
import { districtMapChart, type MapRow } from '../../../src/charts/district-map.ts';
import { renderSvg } from '../../../src/charts/render.ts';
import { COLORS } from '../../../src/charts/theme.ts';
import fullYear from '../../fixtures/charts/full-year.json';
import sparseYear from '../../fixtures/charts/sparse-year.json';
import { normaliseSvg } from '../../helpers/svg.ts';

const topology = JSON.parse(readFileSync('data/geo/hanoi-districts.topojson', 'utf8')) as Topology;
const geo = feature(topology, topology.objects.hanoi_districts!) as unknown as FeatureCollection;

describe('districtMapChart', () => {
  it('colours all 30 units in a full synthetic year', async () => {
    const svg = renderSvg(districtMapChart(geo, fullYear as MapRow[], { lang: 'vi', layout: LAYOUTS[2]! }));
    // One shape per unit (the hatch pattern's own stroke, in <defs>, is not a unit).
    expect((svg.replace(/<defs>[\s\S]*?<\/defs>/g, '').match(/<path/g) ?? []).length).toBe(30);
    expect(svg).not.toContain('fill="url(#chart-map-no-data)"');
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/map-full-vi.svg');
  });

  it('draws no data as a pattern and rank-only units in grey, never as a colour of the scale', () => {
    const svg = renderSvg(districtMapChart(geo, sparseYear as MapRow[], { lang: 'en', layout: LAYOUTS[2]! }));
    expect((svg.match(/fill="url\(#chart-map-no-data\)"/g) ?? []).length).toBe(30 - 5);
    expect((svg.match(new RegExp(`fill="${COLORS.rankOnly}"`, 'g')) ?? []).length).toBe(1);
    expect(svg).toContain('Long Biên: rank 12');
  });

  it('names each distinct score and rank of a unit once, and both where sources differ', () => {
    const phuXuyen = (fullYear as (MapRow & { unit_id: string })[]).find((r) => r.unit_id === 'phu-xuyen')!;
    const rows = (others: Partial<MapRow>[]) => [phuXuyen, ...others.map((o) => ({ ...phuXuyen, score: null, ...o }))];
    const title = (svg: string) => svg.match(/<title>Phú Xuyên: ([^<]*)<\/title>/)?.[1];
    const agree = renderSvg(districtMapChart(geo, rows([{ rank: phuXuyen.rank }]), { lang: 'en', layout: LAYOUTS[2]! }));
    expect(title(agree)).toBe(`${phuXuyen.score}% · rank ${phuXuyen.rank}`);
    const differ = renderSvg(districtMapChart(geo, rows([{ score: 80.5, rank: 29 }]), { lang: 'en', layout: LAYOUTS[2]! }));
    expect(title(differ)).toBe(`${phuXuyen.score}% / 80.5% · rank ${phuXuyen.rank} / 29`);
  });

  it('names every unit with a figure when few have one, and only the highest and lowest when many do', () => {
    const labels = (svg: string) => [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).sort();
    const sparse = renderSvg(districtMapChart(geo, sparseYear as MapRow[], { lang: 'en', layout: LAYOUTS[2]! }));
    expect(labels(sparse)).toContain('Long Biên: rank 12');
    expect(labels(sparse)).toHaveLength(5);
    const full = fullYear as MapRow[];
    const scores = full.map((r) => r.score!);
    const svg = renderSvg(districtMapChart(geo, full, { lang: 'vi', layout: LAYOUTS[0]! }));
    const top = full.find((r) => r.score === Math.max(...scores)) as MapRow & { unit_id: string };
    const bottom = full.find((r) => r.score === Math.min(...scores)) as MapRow & { unit_id: string };
    expect(labels(svg)).toHaveLength(2);
    expect(labels(svg).join('|')).toContain(String(top.score).replace('.', ','));
    expect(labels(svg).join('|')).toContain(String(bottom.score).replace('.', ','));
  });
});
