-- Each period in which an indicator that ranks a level of units has a published score or rank of
-- a unit of that level, with the number of such units, in time order.
SELECT indicator_id, period, CAST(count(DISTINCT unit_id) AS INTEGER) AS units
FROM figures
WHERE kind = 'actual' AND unit_level = indicator_rank_level
GROUP BY indicator_id, period
ORDER BY indicator_id, min(period_start), max(period_end), period
