-- Every published figure about one unit and about the units that belong to it (the groups of its
-- communes or wards), with indicator and source. Parameter 1: the unit id.
SELECT
  obs_id, unit_id, unit_name_vi, unit_name_en, indicator_id, indicator_name_vi, indicator_name_en,
  indicator_unit, topic, period, kind, comparator, value, rank, rank_of, "group", note_en, note_vi,
  source_id, source_publisher_en, source_publisher_vi, source_title, source_published, source_url
FROM figures
WHERE unit_id = $1 OR unit_parent_id = $1
ORDER BY topic, indicator_id, period, kind, unit_id, source_id, obs_id
