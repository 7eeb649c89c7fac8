-- Each note on a disagreement with the observations it covers and their sources.
SELECT
  d.id,
  d.summary_vi,
  d.summary_en,
  o.obs_id,
  o.unit_id,
  u.name_vi AS unit_name_vi,
  u.name_en AS unit_name_en,
  o.indicator_id,
  i.unit AS indicator_unit,
  o.period,
  o.kind,
  o.comparator,
  o.value,
  o.rank,
  o.rank_of,
  o."group",
  s.publisher AS source_publisher,
  s.title AS source_title,
  s.published AS source_published,
  s.url AS source_url
FROM disagreements d
CROSS JOIN UNNEST(string_split(d.obs_ids, ' ')) AS ids(obs_id)
JOIN observations o ON o.obs_id = ids.obs_id
JOIN units u ON u.id = o.unit_id
JOIN indicators i ON i.id = o.indicator_id
JOIN sources s ON s.id = o.source_id
ORDER BY d.id, o.source_id
