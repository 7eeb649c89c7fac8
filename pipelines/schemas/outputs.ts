import { OBSERVATION_KINDS } from '../domain/vocabulary.ts';
import type { Field, TableSchema } from '../lib/table-schema.ts';
import { contextSchema, indicatorsSchema, sourcesSchema, unitAliasesSchema, unitsSchema } from './raw.ts';

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

const references = (resource: string, field = 'id') => ({ resource, fields: [field] });

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
      f('note_en', 'string', 'Short note in our words, in English.', 'Ghi chú, tiếng Anh.'),
      f('note_vi', 'string', 'The same note in Vietnamese.', 'Ghi chú.'),
    ],
  },
  foreignKeys: [
    { fields: ['unit_id'], reference: references('units') },
    { fields: ['indicator_id'], reference: references('indicators') },
    { fields: ['source_id'], reference: references('sources') },
  ],
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
  foreignKeys: [{ fields: ['unit_id'], reference: references('units') }],
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
  foreignKeys: [{ fields: ['source'], reference: references('sources') }],
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
  foreignKeys: [
    { fields: ['unit_id'], reference: references('units') },
    { fields: ['indicator_id'], reference: references('indicators') },
  ],
};
