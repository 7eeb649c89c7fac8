-- Every published rank of a district-level unit in the city's PAR index, all years.
SELECT
  o.obs_id,
  o.unit_id,
  u.name_vi,
  u.name_en,
  CAST(o.period AS INTEGER) AS year,
  o.rank,
  s.publisher AS source_publisher,
  s.title AS source_title,
  s.published AS source_published,
  s.url AS source_url
FROM observations o
JOIN units u ON u.id = o.unit_id
JOIN sources s ON s.id = o.source_id
WHERE o.indicator_id = 'par_index_district'
  AND o.kind = 'actual'
  AND o.rank IS NOT NULL
  AND u.level = 'district'
ORDER BY o.unit_id, year, s.id
