-- Every published actual or target of one topic ('satisfaction', 'online_services', 'par_index',
-- 'governance', 'reform_activity'). Parameter 1: the topic.
SELECT
  obs_id, indicator_id, indicator_name_vi, indicator_name_en, indicator_definition_vi,
  indicator_definition_en, indicator_unit, unit_id, unit_name_vi, unit_name_en, unit_level, period,
  strftime(period_start, '%Y-%m-%d') AS period_start,
  strftime(period_end, '%Y-%m-%d') AS period_end,
  kind, comparator, value, rank, rank_of,
  strftime(as_of, '%Y-%m-%d') AS as_of,
  note_en, note_vi, source_publisher, source_title, source_published, source_url
FROM figures
WHERE topic = ? AND kind <> 'group'
ORDER BY indicator_id, period_start, unit_id, kind, source_id
