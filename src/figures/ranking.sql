-- Published scores and ranks of Hà Nội's district-level units (and the bloc average) in one year,
-- each with its source and the unit's boundary id. Parameter 1: the year.
SELECT
  d.obs_id, d.unit_id, d.unit_name_vi AS name_vi, d.unit_name_en AS name_en,
  CASE WHEN d.unit_type = 'bloc' THEN 'bloc' ELSE 'district' END AS unit_level,
  d.year, d.score, d.rank, d.rank_of, d.comparator, u.geo_shape_id,
  d.note_en, d.note_vi,
  d.source_id, d.source_publisher_en, d.source_publisher_vi, d.source_title, d.source_published, d.source_url
FROM district_par_index d
JOIN units u ON u.id = d.unit_id
WHERE d.kind = 'actual' AND d.year = $1
ORDER BY d.rank NULLS LAST, d.score DESC NULLS LAST, d.unit_id, d.source_id
