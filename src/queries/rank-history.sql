-- Every published rank of a district-level unit in the city's PAR index, all years.
SELECT
  obs_id, unit_id, unit_name_vi AS name_vi, unit_name_en AS name_en,
  CAST(period AS INTEGER) AS year, rank, kind,
  source_publisher, source_title, source_published, source_url
FROM figures
WHERE indicator_id = 'par_index_district'
  AND kind = 'actual'
  AND rank IS NOT NULL
  AND unit_level = 'district'
ORDER BY unit_id, year, source_id
