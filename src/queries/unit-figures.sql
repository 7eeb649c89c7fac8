-- Every published figure about one unit and the groups of its communes or wards, with indicator and
-- source. Parameters 1 and 2: the unit id.
SELECT
  o.obs_id,
  o.unit_id,
  u.name_vi AS unit_name_vi,
  u.name_en AS unit_name_en,
  o.indicator_id,
  i.name_vi AS indicator_name_vi,
  i.name_en AS indicator_name_en,
  i.unit AS indicator_unit,
  i.topic,
  o.period,
  o.kind,
  o.comparator,
  o.value,
  o.rank,
  o.rank_of,
  o."group",
  o.note,
  s.publisher AS source_publisher,
  s.title AS source_title,
  s.published AS source_published,
  s.url AS source_url
FROM observations o
JOIN units u ON u.id = o.unit_id
JOIN indicators i ON i.id = o.indicator_id
JOIN sources s ON s.id = o.source_id
WHERE o.unit_id = ? OR u.parent_id = ?
ORDER BY i.topic, o.indicator_id, o.period, o.kind, o.unit_id, s.id
