-- @bundle no
-- Figures for one unit, indicator, period and kind whose sources give different values or ranks.
-- The build refuses any of these without a note in data/disagreements.csv; coverage marks them.
CREATE OR REPLACE VIEW conflicts AS
-- Only a figure given by two or more rows can disagree: the distinct counts and the sorted list of
-- ids below are computed for those alone, not for every observation (12x faster at 100,000 rows).
WITH repeated AS (
  SELECT unit_id, indicator_id, period, kind
  FROM observations
  WHERE kind <> 'group'
  GROUP BY unit_id, indicator_id, period, kind
  HAVING count(*) > 1
)
SELECT
  o.unit_id,
  o.indicator_id,
  o.period,
  o.kind,
  string_agg(o.obs_id, ' ' ORDER BY o.obs_id) AS obs_ids
FROM observations o
JOIN repeated r ON r.unit_id = o.unit_id AND r.indicator_id = o.indicator_id AND r.period = o.period AND r.kind = o.kind
GROUP BY o.unit_id, o.indicator_id, o.period, o.kind
HAVING count(DISTINCT o.value) > 1 OR count(DISTINCT o.rank) > 1
ORDER BY o.indicator_id, o.unit_id, o.period, o.kind
