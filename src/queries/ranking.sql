-- Published scores and ranks of Hà Nội's district-level units (and the bloc average) in one year,
-- each with its source. Parameter 1: the year, as text ('2023').
SELECT
  o.obs_id,
  o.unit_id,
  u.name_vi,
  u.name_en,
  u.level AS unit_level,
  o.value AS score,
  o.rank,
  o.comparator,
  s.publisher AS source_publisher,
  s.title AS source_title,
  s.published AS source_published,
  s.url AS source_url
FROM observations o
JOIN units u ON u.id = o.unit_id
JOIN sources s ON s.id = o.source_id
WHERE o.indicator_id = 'par_index_district'
  AND o.kind = 'actual'
  AND o.period = ?
  AND u.level IN ('district', 'bloc')
ORDER BY o.rank NULLS LAST, o.value DESC NULLS LAST, o.unit_id, s.id
