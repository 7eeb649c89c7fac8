import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { BuiltDataset } from './build.ts';
import { DISTRICT_PAR_YEARS } from './district-years.ts';
import type { Row } from './lib/table-schema.ts';
import { findConflicts } from './steps/disagreements.ts';


/** Indicators that place Hà Nội among the 63 provinces. */
export const NATIONAL_INDICATORS = ['par_index_province', 'sipas_province', 'papi_province', 'dti_province', 'pci_province'];

const { op } = aq;

function withSources(table: ColumnTable, sources: ColumnTable): ColumnTable {
  return table.join_left(
    sources.select({ id: 'source_id', publisher: 'source_publisher', title: 'source_title', url: 'source_url', published: 'source_published' }),
    'source_id',
  );
}

function withYear(table: ColumnTable): ColumnTable {
  return table.derive({ year: (d: Row) => op.parse_int(op.substring(d.period_start as string, 0, 4)) });
}

export function districtParIndex(data: BuiltDataset): ColumnTable {
  const units = data.units
    .filter((d: Row) => d.level === 'district' || d.level === 'bloc')
    .derive({ unit_type: (d: Row) => (d.level === 'bloc' ? 'bloc' : d.type_vi) })
    .select({ id: 'unit_id', name_vi: 'unit_name_vi', name_en: 'unit_name_en', unit_type: 'unit_type' });
  const rows = data.observations
    .filter((d: Row) => d.indicator_id === 'par_index_district' && d.kind !== 'group')
    .join(units, 'unit_id')
    .rename({ value: 'score' });
  return withSources(withYear(rows), data.sources).orderby('year', 'unit_id', 'kind', 'source_id');
}

export function districtCoverage(data: BuiltDataset, districtTable: ColumnTable): ColumnTable {
  const districtIds = (data.units.filter((d: Row) => d.level === 'district').orderby('id').array('id') as string[]);
  const conflicted = new Set(
    findConflicts(data.observations.objects() as Row[])
      .filter((c) => c.indicator_id === 'par_index_district')
      .map((c) => `${c.unit_id}|${c.period}`),
  );
  const published = districtTable
    .filter((d: Row) => d.kind === 'actual')
    .groupby('unit_id', 'year')
    .rollup({
      score_count: (d: Row) => op.valid(d.score),
      rank_count: (d: Row) => op.valid(d.rank),
      sources: (d: Row) => op.distinct(d.source_id),
    });
  const grid = aq.from(districtIds.flatMap((unit_id) => DISTRICT_PAR_YEARS.map((year) => ({ unit_id, year }))));
  return grid
    .join_left(published, [['unit_id', 'year'], ['unit_id', 'year']], [aq.all(), aq.not('unit_id', 'year')])
    .derive({
      has_score: (d: Row) => (d.score_count as number) > 0,
      has_rank: (d: Row) => (d.rank_count as number) > 0,
      sources: (d: Row) => d.sources ?? 0,
      status: aq.escape((d: Row) => (!d.sources ? 'missing' : conflicted.has(`${d.unit_id as string}|${d.year as number}`) ? 'disagreeing' : 'published')),
    })
    .orderby('unit_id', 'year');
}

export function hanoiNational(data: BuiltDataset): ColumnTable {
  const indicators = data.indicators.select({ id: 'indicator_id', name_en: 'indicator_name_en', name_vi: 'indicator_name_vi' });
  const rows = data.observations
    .params({ wanted: NATIONAL_INDICATORS })
    .filter((d: Row, $: { wanted: string[] }) => (d.unit_id === 'ha-noi' || d.unit_id === 'vn') && op.includes($.wanted, d.indicator_id) && d.kind !== 'group')
    .join(indicators, 'indicator_id');
  return withSources(withYear(rows), data.sources).orderby('indicator_id', 'year', 'unit_id', 'kind', 'source_id');
}

export function onlineServices(data: BuiltDataset): ColumnTable {
  const indicators = data.indicators
    .filter((d: Row) => d.topic === 'online_services')
    .select({ id: 'indicator_id', name_en: 'indicator_name_en', name_vi: 'indicator_name_vi', unit: 'indicator_unit' });
  const units = data.units.select({ id: 'unit_id', name_vi: 'unit_name_vi', level: 'unit_level' });
  const rows = data.observations.filter((d: Row) => d.kind !== 'group').join(indicators, 'indicator_id').join(units, 'unit_id');
  return withSources(rows, data.sources).orderby('indicator_id', 'period_start', 'unit_id', 'kind', 'source_id');
}
