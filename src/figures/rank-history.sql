-- Every published rank (and target rank) of the district-level units in the city's PAR index.
-- Parameter 1: a unit id, or '' for every unit.
SELECT
  obs_id, unit_id, unit_name_vi AS name_vi, unit_name_en AS name_en, year, kind, rank, rank_of,
  note_en, note_vi,
  source_id, source_publisher_en, source_publisher_vi, source_title, source_published, source_url
FROM district_par_index
WHERE rank IS NOT NULL
  AND unit_type <> 'bloc'
  AND ($1 = '' OR unit_id = $1)
ORDER BY unit_id, year, kind, source_id, obs_id
