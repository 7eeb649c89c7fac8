import { describe, expect, it } from 'vitest';
import type { FigureContent } from '../../../src/figures/figure.ts';
import { figureCsv, OBSERVATION_COLUMNS } from '../../../src/figures/figure-csv.ts';
import type { ObservationRecord } from '../../../src/queries/observations-by-id.ts';

const obs: ObservationRecord = { obs_id: 'o1', unit_id: 'ba-dinh', indicator_id: 'par_index_district', period: '2023', kind: 'actual', comparator: null, value: 91.61, rank: 3, rank_of: 30, source_title: 'Hà Nội công bố, "chỉ số"', source_url: 'https://example.org/a', source_publisher_en: 'Báo A', source_publisher_vi: 'Báo A', source_published: null, note_en: 'A note', note_vi: 'Ghi chú' };
const source = { obs_id: 'o1', source_id: 's', source_publisher_en: 'Báo A', source_publisher_vi: 'Báo A', source_title: 'T', source_published: null, source_url: null } as FigureContent['sources'][number];
const content = (sources: FigureContent['sources'], rows = [['3', { text: 'Ba Đình', href: '/quan-huyen/ba-dinh/' }, '91,61']]): FigureContent => ({
  title: 'Xếp hạng', description: '', chart: null, legend: [], sources,
  table: { caption: '', columns: ['Hạng', 'Đơn vị', 'Điểm'], rows },
});

describe('figureCsv', () => {
  it('writes the table as shown and the observation behind each row, with the BOM', () => {
    const csv = figureCsv('ranking', content([source]), 'vi', new Map([['o1', obs]]), '2026-11-27+351f61a');
    const [header, row] = csv.slice(1).split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(header).toBe(['Hạng', 'Đơn vị', 'Điểm', ...OBSERVATION_COLUMNS].join(','));
    expect(row).toBe('3,Ba Đình,"91,61",ba-dinh,par_index_district,2023,actual,91.61,3,30,,"Hà Nội công bố, ""chỉ số""",https://example.org/a,Báo A,,Ghi chú,2026-11-27+351f61a');
  });
  it('leaves the observation columns empty for a figure of counts', () => {
    const csv = figureCsv('coverage', content([]), 'en', new Map(), 'v');
    expect(csv.split('\r\n')[1]).toBe(`3,Ba Đình,"91,61"${','.repeat(OBSERVATION_COLUMNS.length)}v`);
  });
  it('refuses a figure whose source rows do not match its table rows', () => {
    expect(() => figureCsv('ranking', content([source, source]), 'vi', new Map([['o1', obs]]), 'v')).toThrow(/figure ranking: its table has 1 rows but it lists 2 source rows/);
    expect(() => figureCsv('ranking', content([{ ...source, obs_id: 'missing' } as FigureContent['sources'][number]]), 'vi', new Map(), 'v')).toThrow(/table row 1 has no observation \(obs_id 'missing'\)/);
  });
});
