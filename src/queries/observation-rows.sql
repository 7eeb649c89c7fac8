-- Every observation (actuals, targets and group memberships) of one indicator, or of one unit,
-- with the names of its unit and indicator, the ranking it belongs to and its source.
-- Parameter 1: an indicator id or '*'; parameter 2: a unit id or '*'.
SELECT
  obs_id, unit_id, unit_name_vi, unit_name_en, unit_level, unit_type_vi,
  indicator_id, indicator_name_vi, indicator_name_en, indicator_unit, indicator_rank_level, topic,
  period, strftime(period_start, '%Y-%m-%d') AS period_start,
  kind, comparator, value, rank, rank_of, "group",
  strftime(as_of, '%Y-%m-%d') AS as_of,
  note_en, note_vi,
  source_id, source_publisher_en, source_publisher_vi, source_title, source_published, source_url
FROM figures
WHERE ($1 = '*' OR indicator_id = $1) AND ($2 = '*' OR unit_id = $2)
ORDER BY topic, indicator_id, period_start, period, unit_level, unit_id, kind, source_id, "group", obs_id
