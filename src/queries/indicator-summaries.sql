-- Every indicator with at least one figure: its metadata and the shape of its figures (how many
-- units and periods, the first and last period, whether targets or group memberships are
-- published). Indicator pages and the index choose their charts from this.
SELECT
  i.id, i.topic, i.name_vi, i.name_en, i.unit, i.scale_min, i.scale_max, i.rank_of, i.rank_level,
  i.higher_is_better, i.publisher_vi, i.publisher_en, i.definition_vi, i.definition_en,
  CAST(count(*) AS INTEGER) AS figures,
  CAST(count(DISTINCT o.unit_id) AS INTEGER) AS units,
  CAST(count(DISTINCT o.period) AS INTEGER) AS periods,
  arg_min(o.period, o.period_start) AS first_period,
  arg_max(o.period, o.period_end) AS last_period,
  bool_or(o.kind = 'target') AS has_targets,
  bool_or(o.kind = 'group') AS has_groups
FROM indicators i
JOIN observations o ON o.indicator_id = i.id
GROUP BY ALL
ORDER BY i.topic, i.id
