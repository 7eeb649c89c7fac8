import type { TableSchema } from '../lib/table-schema.ts';
import { COMPARATORS, INDICATOR_UNITS, OBSERVATION_KINDS, SOURCE_KINDS, TOPICS, UNIT_LEVELS } from '../domain/vocabulary.ts';

const SLUG = { regex: /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, expected: 'an id of lower-case ASCII letters, digits and hyphens' };
const PARTIAL_DATE = { regex: /^\d{4}(-\d{2}(-\d{2})?)?$/, expected: 'a date as YYYY, YYYY-MM or YYYY-MM-DD' };


export const unitsSchema: TableSchema = {
  primaryKey: ['id'],
  fields: [
    { name: 'id', type: 'string', required: true, pattern: SLUG, description_en: 'Stable id of the unit (ASCII slug).', description_vi: 'Mã ổn định của đơn vị (chữ ASCII).' },
    { name: 'level', type: 'string', required: true, enum: UNIT_LEVELS, description_en: 'Kind of unit: country, region, province, district (district-level unit of Hà Nội), commune_group, bloc, department.', description_vi: 'Loại đơn vị: quốc gia, vùng, tỉnh, cấp huyện, nhóm xã, khối, sở.' },
    { name: 'name_vi', type: 'string', required: true, description_en: 'Name in Vietnamese with diacritics (NFC).', description_vi: 'Tên tiếng Việt có dấu (NFC).' },
    { name: 'name_en', type: 'string', required: true, description_en: 'Name in English or ASCII.', description_vi: 'Tên tiếng Anh hoặc không dấu.' },
    { name: 'type_vi', type: 'string', description_en: 'Administrative type in Vietnamese (quận, huyện, thị xã, tỉnh…).', description_vi: 'Loại hình hành chính (quận, huyện, thị xã, tỉnh…).' },
    { name: 'parent_id', type: 'string', description_en: 'Id of the unit this one belongs to.', description_vi: 'Mã đơn vị cấp trên.' },
    { name: 'geo_shape_id', type: 'string', description_en: 'geoBoundaries shapeID of the boundary (district-level units).', description_vi: 'shapeID của ranh giới trong geoBoundaries (cấp huyện).' },
    { name: 'valid_from', type: 'date', description_en: 'First day the unit existed in this form, where it matters.', description_vi: 'Ngày đầu đơn vị tồn tại theo dạng này, khi cần.' },
    { name: 'valid_until', type: 'date', description_en: 'Last day the unit existed (2025-06-30 for the district level).', description_vi: 'Ngày cuối đơn vị tồn tại (30/6/2025 với cấp huyện).' },
    { name: 'note_en', type: 'string', description_en: 'Note on how figures for the unit are to be read, in English.', description_vi: 'Ghi chú cách đọc số liệu của đơn vị, tiếng Anh.' },
    { name: 'note_vi', type: 'string', description_en: 'The same note in Vietnamese.', description_vi: 'Ghi chú cách đọc số liệu của đơn vị.' },
  ],
};

export const unitAliasesSchema: TableSchema = {
  primaryKey: ['alias'],
  fields: [
    { name: 'alias', type: 'string', required: true, description_en: 'Another spelling of a unit name found in published tables.', description_vi: 'Cách viết khác của tên đơn vị trong các bảng được công bố.' },
    { name: 'unit_id', type: 'string', required: true, description_en: 'Id of the unit the spelling refers to.', description_vi: 'Mã đơn vị mà cách viết chỉ tới.' },
  ],
};

export const indicatorsSchema: TableSchema = {
  primaryKey: ['id'],
  fields: [
    { name: 'id', type: 'string', required: true, pattern: SLUG, description_en: 'Stable id of the indicator.', description_vi: 'Mã ổn định của chỉ tiêu.' },
    { name: 'topic', type: 'string', required: true, enum: TOPICS, description_en: 'Topic the indicator belongs to.', description_vi: 'Chủ đề.' },
    { name: 'name_vi', type: 'string', required: true, description_en: 'Name in Vietnamese.', description_vi: 'Tên tiếng Việt.' },
    { name: 'name_en', type: 'string', required: true, description_en: 'Name in English.', description_vi: 'Tên tiếng Anh.' },
    { name: 'unit', type: 'string', required: true, enum: INDICATOR_UNITS, description_en: 'Unit of the value: percent (0–100), points (on the stated scale), count, billion_vnd.', description_vi: 'Đơn vị của giá trị: phần trăm, điểm, số lượng, tỷ đồng.' },
    { name: 'scale_min', type: 'number', description_en: 'Lowest possible value, where the scale is fixed.', description_vi: 'Giá trị nhỏ nhất có thể.' },
    { name: 'scale_max', type: 'number', description_en: 'Highest possible value (e.g. 100, or 80 for PAPI).', description_vi: 'Giá trị lớn nhất có thể.' },
    { name: 'rank_of', type: 'integer', description_en: 'Number of units ranked, when the same for every year (30 districts, 63 provinces).', description_vi: 'Số đơn vị được xếp hạng, khi cố định.' },
    { name: 'rank_level', type: 'string', enum: UNIT_LEVELS, description_en: 'Level of the units the indicator ranks against each other (district, department, province, region); empty when it ranks none.', description_vi: 'Cấp của các đơn vị được xếp hạng với nhau (cấp huyện, sở, tỉnh, vùng); để trống khi không xếp hạng.' },
    { name: 'higher_is_better', type: 'boolean', description_en: 'Whether a higher value is better; empty when neither.', description_vi: 'Giá trị cao hơn là tốt hơn; để trống khi không áp dụng.' },
    { name: 'publisher_vi', type: 'string', required: true, description_en: 'Body that publishes the indicator, named in Vietnamese.', description_vi: 'Cơ quan công bố.' },
    { name: 'publisher_en', type: 'string', required: true, description_en: 'Body that publishes the indicator, named in English.', description_vi: 'Cơ quan công bố, tên tiếng Anh.' },
    { name: 'definition_en', type: 'string', required: true, description_en: 'Short definition in English.', description_vi: 'Định nghĩa ngắn tiếng Anh.' },
    { name: 'definition_vi', type: 'string', required: true, description_en: 'Short definition in Vietnamese.', description_vi: 'Định nghĩa ngắn tiếng Việt.' },
  ],
};

export const sourcesSchema: TableSchema = {
  primaryKey: ['id'],
  fields: [
    { name: 'id', type: 'string', required: true, pattern: SLUG, description_en: 'Stable id of the source.', description_vi: 'Mã ổn định của nguồn.' },
    { name: 'publisher_en', type: 'string', required: true, description_en: 'Who published it, as named on English pages (a proper name stays as the publisher writes it).', description_vi: 'Cơ quan đăng tải, tên dùng trên trang tiếng Anh.' },
    { name: 'publisher_vi', type: 'string', required: true, description_en: 'Who published it, as named on Vietnamese pages.', description_vi: 'Cơ quan đăng tải (tên tiếng Việt; tên riêng giữ nguyên như nơi đăng viết).' },
    { name: 'title', type: 'string', description_en: 'Title of the article or document, as published; empty only when not recorded (see note).', description_vi: 'Tiêu đề bài viết hoặc văn bản, như được đăng; để trống khi không ghi lại được (xem ghi chú).' },
    { name: 'url', type: 'string', pattern: { regex: /^https?:\/\/\S+$/, expected: 'an http(s) URL' }, description_en: 'Address where it was read; empty only when not recorded (see note).', description_vi: 'Địa chỉ đã đọc; để trống khi không ghi lại được (xem ghi chú).' },
    { name: 'published', type: 'string', pattern: PARTIAL_DATE, description_en: 'Publication date (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known).', description_vi: 'Ngày đăng (YYYY-MM-DD, hoặc YYYY-MM / YYYY khi chỉ biết đến đó).' },
    { name: 'language', type: 'string', required: true, pattern: { regex: /^[a-z]{2}$/, expected: 'a two-letter language code' }, description_en: 'Language of the text (ISO 639-1).', description_vi: 'Ngôn ngữ (ISO 639-1).' },
    { name: 'kind', type: 'string', required: true, enum: SOURCE_KINDS, description_en: 'official (a government body\'s own page or document), state_media, or other (aggregators, reposts, databases).', description_vi: 'official (trang/văn bản của cơ quan nhà nước), state_media (báo chí), other (trang tổng hợp, đăng lại).' },
    { name: 'note', type: 'string', description_en: 'How the date was read, or other remarks.', description_vi: 'Cách đọc ngày đăng hoặc ghi chú khác.' },
  ],
};

export const observationsRawSchema: TableSchema = {
  fields: [
    { name: 'unit', type: 'string', required: true, description_en: 'Unit id or any name listed for it in unit-aliases.csv.', description_vi: 'Mã đơn vị hoặc tên bất kỳ có trong unit-aliases.csv.' },
    { name: 'indicator', type: 'string', required: true, description_en: 'Indicator id from indicators.csv.', description_vi: 'Mã chỉ tiêu trong indicators.csv.' },
    { name: 'period', type: 'string', required: true, description_en: 'Year, quarter, month, day or range the figure refers to.', description_vi: 'Năm, quý, tháng, ngày hoặc khoảng thời gian của số liệu.' },
    { name: 'kind', type: 'string', required: true, enum: OBSERVATION_KINDS, description_en: 'actual (a measured result), target (a goal), or group (membership of an unordered top/bottom set or a "followed by" list; never a rank).', description_vi: 'actual (kết quả), target (chỉ tiêu), group (thuộc một nhóm đầu/cuối không thứ tự; không phải thứ hạng).' },
    { name: 'comparator', type: 'string', enum: COMPARATORS, description_en: 'How the value is stated: = exact, >= at least, > more than, <= up to, < under, ~ about. Required for targets.', description_vi: 'Cách nêu giá trị: = đúng bằng, >= tối thiểu, > trên, <= tối đa, < dưới, ~ khoảng. Bắt buộc với chỉ tiêu.' },
    { name: 'value', type: 'number', description_en: 'The figure as published, in the indicator\'s unit.', description_vi: 'Số liệu như được công bố, theo đơn vị của chỉ tiêu.' },
    { name: 'rank', type: 'integer', description_en: 'Rank as published (1 = best).', description_vi: 'Thứ hạng như được công bố (1 = cao nhất).' },
    { name: 'rank_of', type: 'integer', description_en: 'Number of units ranked, where published.', description_vi: 'Tổng số đơn vị xếp hạng, khi được công bố.' },
    { name: 'group', type: 'string', description_en: 'For group rows: the set, e.g. top:3, bottom:5, after-leader:listed-2.', description_vi: 'Với dòng nhóm: tên nhóm, ví dụ top:3, bottom:5.' },
    { name: 'as_of', type: 'date', description_en: 'Date the figure was calculated, where the publisher recalculates it.', description_vi: 'Ngày tính số liệu, khi nơi công bố có tính lại.' },
    { name: 'source', type: 'string', required: true, description_en: 'Source id from sources.csv.', description_vi: 'Mã nguồn trong sources.csv.' },
    { name: 'note_en', type: 'string', description_en: 'Short note in our own words, in English.', description_vi: 'Ghi chú ngắn của dự án, tiếng Anh.' },
    { name: 'note_vi', type: 'string', description_en: 'The same note in Vietnamese (a quotation stays in the words of its source).', description_vi: 'Ghi chú ngắn của dự án (trích dẫn giữ nguyên lời của nguồn).' },
  ],
};

export const contextSchema: TableSchema = {
  primaryKey: ['id'],
  fields: [
    { name: 'id', type: 'string', required: true, pattern: SLUG, description_en: 'Stable id of the fact.', description_vi: 'Mã của sự kiện.' },
    { name: 'date', type: 'string', required: true, description_en: 'Date or period of the fact.', description_vi: 'Ngày hoặc thời kỳ.' },
    { name: 'kind', type: 'string', required: true, enum: ['event', 'method'], description_en: 'event (reorganisation) or method (how the index is built).', description_vi: 'event (sắp xếp đơn vị) hoặc method (phương pháp chỉ số).' },
    { name: 'text_en', type: 'string', required: true, description_en: 'The fact in English, in our words.', description_vi: 'Nội dung tiếng Anh.' },
    { name: 'text_vi', type: 'string', required: true, description_en: 'The fact in Vietnamese, in our words.', description_vi: 'Nội dung tiếng Việt.' },
    { name: 'source', type: 'string', required: true, description_en: 'Source id.', description_vi: 'Mã nguồn.' },
  ],
};

export const disagreementsSchema: TableSchema = {
  primaryKey: ['id'],
  mayBeEmpty: true,
  fields: [
    { name: 'id', type: 'string', required: true, pattern: SLUG, description_en: 'Stable id of the disagreement note.', description_vi: 'Mã ghi chú.' },
    { name: 'indicator', type: 'string', required: true, description_en: 'Indicator id.', description_vi: 'Mã chỉ tiêu.' },
    { name: 'unit', type: 'string', required: true, description_en: 'Unit id or alias the note is filed under.', description_vi: 'Mã hoặc tên đơn vị.' },
    { name: 'period', type: 'string', required: true, description_en: 'Period.', description_vi: 'Thời kỳ.' },
    { name: 'summary_en', type: 'string', required: true, description_en: 'What the sources say, in English.', description_vi: 'Tóm tắt tiếng Anh.' },
    { name: 'summary_vi', type: 'string', required: true, description_en: 'What the sources say, in Vietnamese.', description_vi: 'Tóm tắt tiếng Việt.' },
  ],
};

export const reconciliationSchema: TableSchema = {
  fields: [
    { name: 'research_file', type: 'string', required: true, description_en: 'Research file the row came from.', description_vi: 'Tệp nghiên cứu.' },
    { name: 'research_line', type: 'integer', required: true, description_en: 'Line of that row.', description_vi: 'Dòng.' },
    { name: 'outcome', type: 'string', required: true, enum: ['loaded', 'merged', 'context', 'not_loaded'], description_en: 'What became of the row.', description_vi: 'Kết quả xử lý dòng.' },
    { name: 'dataset', type: 'string', description_en: 'Dataset file the observation is in.', description_vi: 'Tệp dữ liệu.' },
    { name: 'observation', type: 'string', description_en: 'unit|indicator|period|kind|source of the observation.', description_vi: 'Khóa của quan sát.' },
    { name: 'reason', type: 'string', description_en: 'Why, for rows not loaded one to one.', description_vi: 'Lý do.' },
  ],
};
