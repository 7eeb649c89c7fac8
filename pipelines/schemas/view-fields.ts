import type { Field, FieldType } from '../lib/table-schema.ts';
import { observationsOutput, type ForeignKey } from './outputs.ts';

/**
 * What each column of the exported views means. A view's column types come from DuckDB; its
 * descriptions, whether a value is always present and what it refers to come from here, so a
 * column that appears in several views is described once. A view column missing here stops the build.
 */
type Meaning = Omit<Field, 'name' | 'type'> & { references?: ForeignKey['reference'] };

const meaning = (description_en: string, description_vi: string, extra: Partial<Meaning> = {}): Meaning => ({ description_en, description_vi, ...extra });
const ref = (resource: string, field = 'id') => ({ resource, fields: [field] });

const fromObservations = Object.fromEntries(observationsOutput.schema.fields.map((f) => [f.name, meaning(f.description_en, f.description_vi, { required: f.required, enum: f.enum })]));

export const VIEW_FIELDS: Record<string, Meaning> = {
  ...fromObservations,
  obs_id: meaning('Observation id (see observations).', 'Mã quan sát (xem bảng observations).', { required: true, references: ref('observations', 'obs_id') }),
  unit_id: meaning('Unit id (see units).', 'Mã đơn vị (xem bảng units).', { required: true, references: ref('units') }),
  indicator_id: meaning('Indicator id (see indicators).', 'Mã chỉ tiêu (xem bảng indicators).', { required: true, references: ref('indicators') }),
  source_id: meaning('Source id (see sources).', 'Mã nguồn (xem bảng sources).', { required: true, references: ref('sources') }),
  year: meaning('Year the figure refers to.', 'Năm của số liệu.', { required: true }),
  unit_name_vi: meaning('Unit name in Vietnamese.', 'Tên đơn vị.', { required: true }),
  unit_name_en: meaning('Unit name in English.', 'Tên đơn vị bằng tiếng Anh.', { required: true }),
  unit_level: meaning('Level of the unit (district, bloc, province…).', 'Cấp của đơn vị.', { required: true }),
  unit_type_vi: meaning('Administrative type of the unit in Vietnamese (quận, huyện, thị xã, tỉnh…).', 'Loại hình hành chính của đơn vị.'),
  unit_type: meaning('quận, huyện, thị xã, or bloc.', 'Quận, huyện, thị xã hoặc khối.'),
  unit_parent_id: meaning('Id of the unit this one belongs to.', 'Mã đơn vị cấp trên.'),
  indicator_name_vi: meaning('Indicator name in Vietnamese.', 'Tên chỉ tiêu.', { required: true }),
  indicator_name_en: meaning('Indicator name in English.', 'Tên chỉ tiêu bằng tiếng Anh.', { required: true }),
  indicator_definition_vi: meaning('What the indicator measures, in Vietnamese.', 'Chỉ tiêu đo gì.', { required: true }),
  indicator_definition_en: meaning('What the indicator measures, in English.', 'Chỉ tiêu đo gì, tiếng Anh.', { required: true }),
  indicator_unit: meaning('Unit of the value: percent, points, count, billion_vnd.', 'Đơn vị của giá trị.', { required: true }),
  indicator_rank_of: meaning('Number of units the indicator ranks, when the same every year (see indicators).', 'Số đơn vị được xếp hạng, khi cố định.'),
  indicator_rank_level: meaning('Level of the units the indicator ranks (see indicators).', 'Cấp của các đơn vị được xếp hạng.'),
  indicator_higher_is_better: meaning('Whether a higher value is better.', 'Giá trị cao hơn là tốt hơn.'),
  topic: meaning('Topic of the indicator.', 'Chủ đề của chỉ tiêu.', { required: true }),
  source_publisher_en: meaning('Publisher of the source, as named in English.', 'Cơ quan đăng tải, tên tiếng Anh.', { required: true }),
  source_publisher_vi: meaning('Publisher of the source, as named in Vietnamese.', 'Cơ quan đăng tải.', { required: true }),
  source_title: meaning('Title of the source; empty when not recorded (the source record says why).', 'Tiêu đề nguồn; để trống khi không ghi lại được.'),
  source_url: meaning('Address of the source.', 'Địa chỉ nguồn.'),
  source_published: meaning('Publication date of the source (YYYY-MM-DD, YYYY-MM or YYYY); empty when unknown.', 'Ngày đăng nguồn; để trống khi không rõ.'),
  score: meaning('Score in percent, as published.', 'Điểm (%), như được công bố.'),
  status: meaning('published, disagreeing (sources differ), or missing (not published in the sources we hold).', 'published (có), disagreeing (nguồn khác nhau), missing (chưa có trong nguồn).', { required: true, enum: ['published', 'disagreeing', 'missing'] }),
  has_score: meaning('A score is published.', 'Có điểm số.', { required: true }),
  has_rank: meaning('A rank is published.', 'Có thứ hạng.', { required: true }),
  sources: meaning('Number of sources with a figure.', 'Số nguồn có số liệu.', { required: true }),
};

const DUCKDB_TYPES: Record<string, FieldType> = {
  VARCHAR: 'string',
  INTEGER: 'integer',
  BIGINT: 'integer',
  DOUBLE: 'number',
  DATE: 'date',
  BOOLEAN: 'boolean',
};

/** The field of a view column, from its DuckDB type and its meaning; null when either is unknown. */
export function viewField(name: string, duckdbType: string): Field | null {
  const type = DUCKDB_TYPES[duckdbType];
  const m = VIEW_FIELDS[name];
  if (!type || !m) return null;
  const { references: _references, ...field } = m;
  return { name, type, ...field };
}
