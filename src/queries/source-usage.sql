-- Every source with the number of figures it supports and the indicators they belong to.
SELECT
  s.id,
  s.publisher,
  s.title,
  s.url,
  s.published,
  s.kind,
  s.language,
  CAST(count(o.obs_id) AS INTEGER) AS figures,
  string_agg(DISTINCT o.indicator_id, ' ' ORDER BY o.indicator_id) AS indicators
FROM sources s
LEFT JOIN observations o ON o.source_id = s.id
GROUP BY ALL
ORDER BY s.publisher, s.published, s.id
