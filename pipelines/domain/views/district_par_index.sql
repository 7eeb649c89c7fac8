-- @title_en Hà Nội district PAR index by year
-- @title_vi Chỉ số CCHC cấp huyện của Hà Nội theo năm
-- @description_en Each published score or rank of a district-level unit (and the bloc averages) in the city's PAR index, with its source. Units and years not listed were not published in the sources we hold.
-- @description_vi Từng điểm số hoặc thứ hạng được công bố của các quận, huyện, thị xã (và số trung bình của khối) trong Chỉ số CCHC của Thành phố, kèm nguồn. Đơn vị, năm không có trong bảng là chưa được công bố trong các nguồn hiện có.
-- @primary_key obs_id
CREATE OR REPLACE VIEW district_par_index AS
SELECT
  obs_id,
  CAST(year(period_start) AS INTEGER) AS year,
  unit_id, unit_name_vi, unit_name_en,
  CASE WHEN unit_level = 'bloc' THEN 'bloc' ELSE unit_type_vi END AS unit_type,
  kind, comparator,
  value AS score,
  rank, rank_of,
  source_id, source_publisher_en, source_publisher_vi, source_title, source_url, source_published,
  note_en, note_vi
FROM figures
WHERE indicator_id = 'par_index_district' AND kind <> 'group' AND unit_level IN ('district', 'bloc')
ORDER BY year, unit_id, kind, source_id, obs_id
