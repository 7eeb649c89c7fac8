-- Actual figures of some indicators by unit and year, for the coverage matrices. Parameter 1: an
-- indicator id.
SELECT
  o.obs_id,
  o.unit_id,
  o.indicator_id,
  o.period,
  o.kind,
  o.value,
  o.rank,
  CAST(substr(o.period, 1, 4) AS INTEGER) AS year
FROM observations o
WHERE o.indicator_id = ? AND o.kind = 'actual'
ORDER BY o.unit_id, o.period
