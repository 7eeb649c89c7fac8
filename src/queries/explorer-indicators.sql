-- Every indicator with actuals or targets, with the periods (oldest first) and units it has figures for:
-- the choices of the explorer's compare form.
SELECT
  i.id, i.topic, i.name_vi, i.name_en, i.unit, i.scale_min, i.scale_max, i.rank_of, i.rank_level,
  string_agg(DISTINCT f.period, ' ' ORDER BY f.period) AS periods,
  string_agg(DISTINCT f.unit_id, ' ' ORDER BY f.unit_id) AS units
FROM indicators i
JOIN figures f ON f.indicator_id = i.id AND f.kind <> 'group'
GROUP BY ALL
ORDER BY i.topic, i.id
