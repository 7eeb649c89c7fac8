-- For every yearly index that ranks the provinces: one unit's published figures, the national
-- average (recorded on the country) and the provinces published at rank 1, by year, with sources.
-- Parameter 1: the unit id.
SELECT
  obs_id, indicator_id, indicator_name_vi, indicator_name_en, indicator_unit, topic,
  CAST(year(period_start) AS INTEGER) AS year, period,
  unit_id, unit_name_vi, unit_name_en, unit_level,
  comparator, value, rank, rank_of, note_en, note_vi,
  source_id, source_publisher_en, source_publisher_vi, source_title, source_published, source_url
FROM figures
WHERE indicator_rank_level = 'province' AND length(period) = 4 AND kind = 'actual'
  AND (unit_id = $1 OR unit_level = 'country' OR (unit_level = 'province' AND rank = 1))
ORDER BY topic, indicator_id, year, unit_level, unit_id, source_id, obs_id
