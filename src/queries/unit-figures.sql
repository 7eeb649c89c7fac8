-- Every published figure about one unit and the groups of its communes or wards. Parameters 1 and
-- 2: the unit id.
SELECT
  obs_id, unit_id, unit_name_vi, unit_name_en, indicator_id, indicator_name_vi, indicator_name_en,
  indicator_unit, topic, period, kind, comparator, value, rank, rank_of, "group", note_en, note_vi,
  source_publisher, source_title, source_published, source_url
FROM figures
WHERE unit_id = ? OR unit_parent_id = ?
ORDER BY topic, indicator_id, period, kind, unit_id, source_id
