-- Every source with the number of figures it supports and the indicators they belong to.
SELECT
  s.id, s.publisher_en, s.publisher_vi, s.title, s.url, s.published, s.kind, s.language,
  CAST(count(f.obs_id) AS INTEGER) AS figure_count,
  string_agg(DISTINCT f.indicator_name_vi, '; ' ORDER BY f.indicator_name_vi) AS indicators_vi,
  string_agg(DISTINCT f.indicator_name_en, '; ' ORDER BY f.indicator_name_en) AS indicators_en
FROM sources s
LEFT JOIN figures f ON f.source_id = s.id
GROUP BY ALL
ORDER BY s.publisher_en, s.published, s.id
