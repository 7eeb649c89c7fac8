-- @title_en Every figure with its unit, indicator and source
-- @title_vi Mọi số liệu kèm đơn vị, chỉ tiêu và nguồn
-- @description_en One row per observation, with the names of its unit and indicator and the publisher, title, date and address of its source: the whole dataset in one table, ready for a spreadsheet.
-- @description_vi Mỗi dòng một quan sát, kèm tên đơn vị, tên chỉ tiêu và cơ quan đăng, tiêu đề, ngày, địa chỉ của nguồn: toàn bộ dữ liệu trong một bảng, mở được ngay bằng bảng tính.
-- @primary_key obs_id
-- Every chart query of the site reads this view, at build time and in the browser.
CREATE OR REPLACE VIEW figures AS
SELECT
  o.*,
  u.name_vi AS unit_name_vi,
  u.name_en AS unit_name_en,
  u.level AS unit_level,
  u.type_vi AS unit_type_vi,
  u.parent_id AS unit_parent_id,
  i.name_vi AS indicator_name_vi,
  i.name_en AS indicator_name_en,
  i.unit AS indicator_unit,
  i.rank_of AS indicator_rank_of,
  i.rank_level AS indicator_rank_level,
  i.higher_is_better AS indicator_higher_is_better,
  i.topic,
  s.publisher_en AS source_publisher_en,
  s.publisher_vi AS source_publisher_vi,
  s.title AS source_title,
  s.published AS source_published,
  s.url AS source_url
FROM observations o
JOIN units u ON u.id = o.unit_id
JOIN indicators i ON i.id = o.indicator_id
JOIN sources s ON s.id = o.source_id
ORDER BY o.indicator_id, o.period_start, o.unit_id, o.kind, o.source_id, o."group", o.obs_id
