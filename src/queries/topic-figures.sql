-- Every published actual or target of one topic ('satisfaction', 'online_services', 'par_index',
-- 'governance'), with unit, indicator and source. Parameter 1: the topic.
SELECT
  o.obs_id,
  o.indicator_id,
  i.name_vi AS indicator_name_vi,
  i.name_en AS indicator_name_en,
  i.definition_vi AS indicator_definition_vi,
  i.definition_en AS indicator_definition_en,
  i.unit AS indicator_unit,
  i.scale_max,
  o.unit_id,
  u.name_vi AS unit_name_vi,
  u.name_en AS unit_name_en,
  u.level AS unit_level,
  o.period,
  strftime(o.period_start, '%Y-%m-%d') AS period_start,
  strftime(o.period_end, '%Y-%m-%d') AS period_end,
  o.kind,
  o.comparator,
  o.value,
  o.rank,
  o.rank_of,
  strftime(o.as_of, '%Y-%m-%d') AS as_of,
  o.note,
  s.publisher AS source_publisher,
  s.title AS source_title,
  s.published AS source_published,
  s.url AS source_url
FROM observations o
JOIN indicators i ON i.id = o.indicator_id
JOIN units u ON u.id = o.unit_id
JOIN sources s ON s.id = o.source_id
WHERE i.topic = ? AND o.kind <> 'group'
ORDER BY o.indicator_id, o.period_start, o.unit_id, o.kind, s.id
