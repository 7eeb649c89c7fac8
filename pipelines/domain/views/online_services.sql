-- @title_en Online public services: actuals and targets
-- @title_vi Dịch vụ công trực tuyến: kết quả và chỉ tiêu
-- @description_en Every published figure on online public services, dossiers and the Decision 766 service index, at city, district and commune level, actuals and targets, with sources.
-- @description_vi Mọi số liệu được công bố về dịch vụ công trực tuyến, hồ sơ và Bộ chỉ số 766, ở cấp thành phố, huyện, xã, gồm kết quả và chỉ tiêu, kèm nguồn.
-- @primary_key obs_id
CREATE OR REPLACE VIEW online_services AS
SELECT
  obs_id, indicator_id, indicator_name_en, indicator_name_vi, indicator_unit,
  unit_id, unit_name_vi, unit_level,
  period, period_start, period_end,
  kind, comparator, value, rank, as_of,
  source_id, source_publisher_en, source_publisher_vi, source_title, source_url, source_published,
  note_en, note_vi
FROM figures
WHERE topic = 'online_services' AND kind <> 'group'
ORDER BY indicator_id, period_start, unit_id, kind, source_id, obs_id
