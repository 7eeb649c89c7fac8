-- One unit's published ranks in every yearly index that ranks the provinces, by index and year.
-- Parameter 1: the unit id.
SELECT
  obs_id, indicator_id, indicator_name_vi, indicator_name_en, indicator_rank_of,
  CAST(year(period_start) AS INTEGER) AS year, rank, rank_of,
  source_id, source_publisher_en, source_publisher_vi, source_title, source_published, source_url
FROM figures
WHERE unit_id = $1 AND indicator_rank_level = 'province' AND length(period) = 4
  AND kind = 'actual' AND rank IS NOT NULL
ORDER BY indicator_id, year, source_id, obs_id
