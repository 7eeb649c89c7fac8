-- Each note on a disagreement with the observations it covers and their sources.
SELECT
  d.id, d.summary_vi, d.summary_en,
  f.obs_id, f.unit_id, f.unit_name_vi, f.unit_name_en, f.indicator_id, f.indicator_unit, f.period,
  f.kind, f.comparator, f.value, f.rank, f.rank_of, f."group",
  f.source_id, f.source_publisher_en, f.source_publisher_vi, f.source_title, f.source_published, f.source_url
FROM disagreements d
CROSS JOIN UNNEST(string_split(d.obs_ids, ' ')) AS ids(obs_id)
JOIN figures f ON f.obs_id = ids.obs_id
ORDER BY d.id, f.source_id, f.obs_id
