-- Each period in which an indicator that ranks a level of units has a published score or rank of
-- a unit of that level, with the number of such units and its place among the indicator's
-- periods counted from the latest (1), in time order.
SELECT indicator_id, period, CAST(count(DISTINCT unit_id) AS INTEGER) AS units,
  CAST(row_number() OVER (PARTITION BY indicator_id ORDER BY min(period_start) DESC, max(period_end) DESC, period DESC) AS INTEGER) AS from_latest
FROM figures
WHERE kind = 'actual' AND unit_level = indicator_rank_level
GROUP BY indicator_id, period
ORDER BY indicator_id, min(period_start), max(period_end), period
