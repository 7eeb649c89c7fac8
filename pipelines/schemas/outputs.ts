import type { Field, TableSchema } from '../lib/table-schema.ts';
import {
  contextSchema,
  indicatorsSchema,
  OBSERVATION_KINDS,
  sourcesSchema,
  unitAliasesSchema,
  unitsSchema,
} from './raw.ts';

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

/** A table of the published data bundle: written as CSV and Parquet and described in datapackage.json. */
export interface OutputTable {
  name: string;
  title_en: string;
  title_vi: string;
  description_en: string;
  description_vi: string;
  schema: TableSchema;
  foreignKeys?: ForeignKey[];
}

const f = (name: string, type: Field['type'], description_en: string, description_vi: string, required = false): Field => ({
  name,
  type,
  required,
  description_en,
  description_vi,
});

const toUnits: ForeignKey = { fields: ['unit_id'], reference: { resource: 'units', fields: ['id'] } };
const toIndicators: ForeignKey = { fields: ['indicator_id'], reference: { resource: 'indicators', fields: ['id'] } };
const toSources: ForeignKey = { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } };

const obsIdField = f('obs_id', 'string', 'Observation id (see observations).', 'Mã quan sát (xem bảng observations).', true);
const kindField = f('kind', 'string', 'actual or target.', 'Kết quả hoặc chỉ tiêu.', true);
const comparatorField = f('comparator', 'string', 'How the value is stated: =, >= (at least), >, <=, <, ~ (about).', 'Cách nêu giá trị: =, >= (tối thiểu), >, <=, <, ~ (khoảng).');
const noteFields: Field[] = [
  f('note_en', 'string', 'Short note in our words, in English.', 'Ghi chú, tiếng Anh.'),
  f('note_vi', 'string', 'The same note in Vietnamese.', 'Ghi chú.'),
];
const indicatorNameFields: Field[] = [
  f('indicator_id', 'string', 'Indicator id.', 'Mã chỉ tiêu.', true),
  f('indicator_name_en', 'string', 'Indicator name.', 'Tên chỉ tiêu (tiếng Anh).', true),
  f('indicator_name_vi', 'string', 'Indicator name in Vietnamese.', 'Tên chỉ tiêu.', true),
];

const sourceColumns: Field[] = [
  f('source_id', 'string', 'Source id (see sources).', 'Mã nguồn (xem bảng sources).', true),
  f('source_publisher', 'string', 'Publisher of the source.', 'Cơ quan đăng tải.'),
  f('source_title', 'string', 'Title of the source.', 'Tiêu đề nguồn.'),
  f('source_url', 'string', 'Address of the source.', 'Địa chỉ nguồn.'),
  f('source_published', 'string', 'Publication date of the source (YYYY-MM-DD, YYYY-MM or YYYY).', 'Ngày đăng nguồn.'),
];

export const observationsOutput: OutputTable = {
  name: 'observations',
  title_en: 'All observations',
  title_vi: 'Tất cả quan sát',
  description_en: 'Every published figure in the dataset, one row per unit, indicator, period, kind and source. Figures from sources that disagree are both kept.',
  description_vi: 'Mọi số liệu được công bố, mỗi dòng một đơn vị, chỉ tiêu, thời kỳ, loại và nguồn. Số liệu của các nguồn khác nhau đều được giữ.',
  schema: {
    primaryKey: ['obs_id'],
    fields: [
      f('obs_id', 'string', 'Stable id of the observation (hash of its key).', 'Mã ổn định của quan sát.', true),
      f('dataset', 'string', 'Raw dataset file the row comes from.', 'Tệp dữ liệu gốc.', true),
      f('unit_id', 'string', 'Unit id.', 'Mã đơn vị.', true),
      f('indicator_id', 'string', 'Indicator id.', 'Mã chỉ tiêu.', true),
      f('period', 'string', 'Period as stated (2023, 2024-Q1, 2024-11, or a range a/b).', 'Thời kỳ như được nêu.', true),
      f('period_start', 'date', 'First day of the period.', 'Ngày đầu của thời kỳ.', true),
      f('period_end', 'date', 'Last day of the period.', 'Ngày cuối của thời kỳ.', true),
      { ...f('kind', 'string', 'actual, target, or group (membership of an unordered set; not a rank).', 'actual (kết quả), target (chỉ tiêu), group (thuộc nhóm, không phải thứ hạng).', true), enum: OBSERVATION_KINDS },
      f('comparator', 'string', 'How the value is stated: =, >=, >, <=, <, ~ (about).', 'Cách nêu giá trị: =, >=, >, <=, <, ~ (khoảng).'),
      f('value', 'number', 'The figure as published, in the indicator unit.', 'Số liệu như được công bố.'),
      f('rank', 'integer', 'Rank as published (1 = best).', 'Thứ hạng như được công bố.'),
      f('rank_of', 'integer', 'Number of units ranked, where the source states it.', 'Tổng số đơn vị xếp hạng, khi nguồn nêu.'),
      f('group', 'string', 'For group rows: the set (top:3, bottom:5, after-leader:listed-2…).', 'Với dòng nhóm: tên nhóm.'),
      f('as_of', 'date', 'Date the figure was calculated, where the publisher recalculates.', 'Ngày tính số liệu.'),
      f('source_id', 'string', 'Source id.', 'Mã nguồn.', true),
      ...noteFields,
    ],
  },
  foreignKeys: [toUnits, toIndicators, toSources],
};

export const unitsOutput: OutputTable = {
  name: 'units',
  title_en: 'Units',
  title_vi: 'Đơn vị',
  description_en: "Hà Nội's 30 district-level units (until 30 June 2025), the city, its blocs and departments, provinces, regions and the country.",
  description_vi: '30 đơn vị cấp huyện của Hà Nội (đến 30/6/2025), thành phố, các khối, sở, các tỉnh, vùng và cả nước.',
  schema: unitsSchema,
};

export const unitAliasesOutput: OutputTable = {
  name: 'unit_aliases',
  title_en: 'Unit name variants',
  title_vi: 'Các cách viết tên đơn vị',
  description_en: 'Spellings of unit names found in published tables, each mapped to one unit id.',
  description_vi: 'Các cách viết tên đơn vị trong bảng được công bố, mỗi cách viết ứng với một mã.',
  schema: unitAliasesSchema,
  foreignKeys: [{ fields: ['unit_id'], reference: { resource: 'units', fields: ['id'] } }],
};

export const indicatorsOutput: OutputTable = {
  name: 'indicators',
  title_en: 'Indicators',
  title_vi: 'Chỉ tiêu',
  description_en: 'What each indicator measures, its unit and scale, whether higher is better, and who publishes it.',
  description_vi: 'Mỗi chỉ tiêu đo gì, đơn vị, thang đo, chiều tốt hơn và cơ quan công bố.',
  schema: indicatorsSchema,
};

export const sourcesOutput: OutputTable = {
  name: 'sources',
  title_en: 'Sources',
  title_vi: 'Nguồn',
  description_en: 'Every source record: publisher, title, URL, date, language and kind.',
  description_vi: 'Toàn bộ nguồn: cơ quan đăng, tiêu đề, địa chỉ, ngày, ngôn ngữ và loại.',
  schema: sourcesSchema,
};

export const contextOutput: OutputTable = {
  name: 'context',
  title_en: 'Context and method facts',
  title_vi: 'Bối cảnh và phương pháp',
  description_en: 'Dated facts on the 2025 reorganisation and on how the city index is built.',
  description_vi: 'Các sự kiện về sắp xếp đơn vị năm 2025 và cách xây dựng chỉ số.',
  schema: contextSchema,
  foreignKeys: [{ fields: ['source'], reference: { resource: 'sources', fields: ['id'] } }],
};

export const disagreementsOutput: OutputTable = {
  name: 'disagreements',
  title_en: 'Where sources disagree',
  title_vi: 'Các nguồn không thống nhất',
  description_en: 'Notes on figures that sources report differently, with the observations involved.',
  description_vi: 'Ghi chú về những số liệu các nguồn nêu khác nhau, kèm các quan sát liên quan.',
  schema: {
    primaryKey: ['id'],
    fields: [
      f('id', 'string', 'Id of the note.', 'Mã ghi chú.', true),
      f('indicator_id', 'string', 'Indicator id.', 'Mã chỉ tiêu.', true),
      f('unit_id', 'string', 'Unit id.', 'Mã đơn vị.', true),
      f('period', 'string', 'Period.', 'Thời kỳ.', true),
      f('obs_ids', 'string', 'Observations of this unit, indicator and period, separated by spaces.', 'Các quan sát liên quan, cách nhau bởi dấu cách.', true),
      f('summary_en', 'string', 'What the sources say.', 'Tóm tắt tiếng Anh.', true),
      f('summary_vi', 'string', 'What the sources say, in Vietnamese.', 'Tóm tắt tiếng Việt.', true),
    ],
  },
  foreignKeys: [toUnits, toIndicators],
};

export const districtParIndexOutput: OutputTable = {
  name: 'district_par_index',
  title_en: "Hà Nội district PAR index by year",
  title_vi: 'Chỉ số CCHC cấp huyện của Hà Nội theo năm',
  description_en: "Each published score or rank of a district-level unit (and the bloc averages) in the city's PAR index, with its source. Units and years not listed were not published in the sources we hold.",
  description_vi: 'Từng điểm số hoặc thứ hạng được công bố của các quận, huyện, thị xã (và số trung bình của khối) trong Chỉ số CCHC của Thành phố, kèm nguồn. Đơn vị, năm không có trong bảng là chưa được công bố trong các nguồn hiện có.',
  schema: {
    primaryKey: ['obs_id'],
    fields: [
      obsIdField,
      f('year', 'integer', 'Year assessed.', 'Năm đánh giá.', true),
      f('unit_id', 'string', 'Unit id.', 'Mã đơn vị.', true),
      f('unit_name_vi', 'string', 'Unit name.', 'Tên đơn vị.', true),
      f('unit_name_en', 'string', 'Unit name in English/ASCII.', 'Tên không dấu.', true),
      f('unit_type', 'string', 'quận, huyện, thị xã, or bloc.', 'Quận, huyện, thị xã hoặc khối.'),
      kindField,
      comparatorField,
      f('score', 'number', 'Score in percent, as published.', 'Điểm (%), như được công bố.'),
      f('rank', 'integer', 'Rank among the 30 units, as published.', 'Thứ hạng trong 30 đơn vị.'),
      f('rank_of', 'integer', 'Number ranked, where the source states it.', 'Tổng số xếp hạng, khi nguồn nêu.'),
      ...sourceColumns,
      ...noteFields,
    ],
  },
  foreignKeys: [toUnits, toSources, { fields: ['obs_id'], reference: { resource: 'observations', fields: ['obs_id'] } }],
};

export const districtCoverageOutput: OutputTable = {
  name: 'district_par_index_coverage',
  title_en: 'Coverage of the district PAR index',
  title_vi: 'Mức độ đầy đủ của Chỉ số CCHC cấp huyện',
  description_en: 'For each of the 30 units and each year 2016–2024: whether a score or rank is published in our sources, and whether sources disagree.',
  description_vi: 'Với mỗi đơn vị và mỗi năm 2016–2024: đã có điểm hoặc thứ hạng trong các nguồn chưa, và các nguồn có khác nhau không.',
  schema: {
    primaryKey: ['unit_id', 'year'],
    fields: [
      f('unit_id', 'string', 'Unit id.', 'Mã đơn vị.', true),
      f('year', 'integer', 'Year.', 'Năm.', true),
      { ...f('status', 'string', 'published, disagreeing, or missing (not published in the sources we hold).', 'published (có), disagreeing (nguồn khác nhau), missing (chưa có trong nguồn).', true), enum: ['published', 'disagreeing', 'missing'] },
      f('has_score', 'boolean', 'A score is published.', 'Có điểm số.', true),
      f('has_rank', 'boolean', 'A rank is published.', 'Có thứ hạng.', true),
      f('sources', 'integer', 'Number of sources with a figure.', 'Số nguồn có số liệu.', true),
    ],
  },
  foreignKeys: [toUnits],
};

export const hanoiNationalOutput: OutputTable = {
  name: 'hanoi_national_indices',
  title_en: 'Hà Nội in national indices',
  title_vi: 'Hà Nội trong các chỉ số quốc gia',
  description_en: "Hà Nội's published scores and ranks among the 63 provinces (PAR INDEX, SIPAS, PAPI, DTI, PCI) and the national averages, by year, with sources.",
  description_vi: 'Điểm và thứ hạng của Hà Nội trong 63 tỉnh, thành (PAR INDEX, SIPAS, PAPI, DTI, PCI) và trung bình cả nước, theo năm, kèm nguồn.',
  schema: {
    primaryKey: ['obs_id'],
    fields: [
      obsIdField,
      ...indicatorNameFields,
      f('year', 'integer', 'Year.', 'Năm.', true),
      f('unit_id', 'string', 'ha-noi or vn (national average).', 'ha-noi hoặc vn (trung bình cả nước).', true),
      kindField,
      comparatorField,
      f('value', 'number', 'Score as published.', 'Điểm như được công bố.'),
      f('rank', 'integer', 'Rank among 63 provinces.', 'Thứ hạng trong 63 tỉnh, thành.'),
      ...sourceColumns,
      ...noteFields,
    ],
  },
  foreignKeys: [toUnits, toIndicators, toSources],
};

export const onlineServicesOutput: OutputTable = {
  name: 'online_services',
  title_en: 'Online public services: actuals and targets',
  title_vi: 'Dịch vụ công trực tuyến: kết quả và chỉ tiêu',
  description_en: 'Every published figure on online public services, dossiers and the Decision 766 service index, at city, district and commune level, actuals and targets, with sources.',
  description_vi: 'Mọi số liệu được công bố về dịch vụ công trực tuyến, hồ sơ và Bộ chỉ số 766, ở cấp thành phố, huyện, xã, gồm kết quả và chỉ tiêu, kèm nguồn.',
  schema: {
    primaryKey: ['obs_id'],
    fields: [
      obsIdField,
      ...indicatorNameFields,
      f('indicator_unit', 'string', 'Unit of the value.', 'Đơn vị của giá trị.', true),
      f('unit_id', 'string', 'Unit id.', 'Mã đơn vị.', true),
      f('unit_name_vi', 'string', 'Unit name.', 'Tên đơn vị.', true),
      f('unit_level', 'string', 'Level of the unit.', 'Cấp của đơn vị.', true),
      f('period', 'string', 'Period as stated.', 'Thời kỳ.', true),
      f('period_start', 'date', 'First day of the period.', 'Ngày đầu thời kỳ.', true),
      f('period_end', 'date', 'Last day of the period.', 'Ngày cuối thời kỳ.', true),
      kindField,
      comparatorField,
      f('value', 'number', 'Value as published.', 'Giá trị như được công bố.'),
      f('rank', 'integer', 'Rank, for the service index.', 'Thứ hạng (Bộ chỉ số 766).'),
      f('as_of', 'date', 'Calculation date, where known.', 'Ngày tính, khi biết.'),
      ...sourceColumns,
      ...noteFields,
    ],
  },
  foreignKeys: [toUnits, toIndicators, toSources],
};

export const OUTPUT_TABLES: OutputTable[] = [
  observationsOutput,
  unitsOutput,
  unitAliasesOutput,
  indicatorsOutput,
  sourcesOutput,
  contextOutput,
  disagreementsOutput,
  districtParIndexOutput,
  districtCoverageOutput,
  hanoiNationalOutput,
  onlineServicesOutput,
];
