-- Published scores and ranks of Hà Nội's district-level units (and the bloc average) in one year,
-- each with its source. Parameter 1: the year, as text ('2023').
SELECT
  obs_id, unit_id, unit_name_vi AS name_vi, unit_name_en AS name_en, unit_level,
  value AS score, rank, comparator,
  source_publisher, source_title, source_published, source_url
FROM figures
WHERE indicator_id = 'par_index_district'
  AND kind = 'actual'
  AND period = ?
  AND unit_level IN ('district', 'bloc')
ORDER BY rank NULLS LAST, value DESC NULLS LAST, unit_id, source_id
