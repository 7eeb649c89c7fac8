-- The published PAR index scores of one district-level unit, each with its source. Parameter 1:
-- the unit id.
SELECT
  obs_id, unit_id, unit_name_vi AS name_vi, unit_name_en AS name_en, year, score AS value, comparator,
  note_en, note_vi,
  source_id, source_publisher_en, source_publisher_vi, source_title, source_published, source_url
FROM district_par_index
WHERE kind = 'actual' AND score IS NOT NULL AND unit_id = $1
ORDER BY year, source_id, obs_id
