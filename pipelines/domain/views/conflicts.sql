-- @bundle no
-- Figures for one unit, indicator, period and kind whose sources give different values or ranks.
-- The build refuses any of these without a note in data/disagreements.csv; coverage marks them.
CREATE OR REPLACE VIEW conflicts AS
SELECT
  unit_id,
  indicator_id,
  period,
  kind,
  string_agg(obs_id, ' ' ORDER BY obs_id) AS obs_ids
FROM observations
WHERE kind <> 'group'
GROUP BY unit_id, indicator_id, period, kind
HAVING count(DISTINCT value) > 1 OR count(DISTINCT rank) > 1
ORDER BY indicator_id, unit_id, period, kind
