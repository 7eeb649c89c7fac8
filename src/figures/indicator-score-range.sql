-- The range of every published value of one indicator over all its periods, so that each period's
-- ranking is drawn on the same score axis. Parameter 1: the indicator id.
SELECT min(value) AS low, max(value) AS high
FROM figures
WHERE indicator_id = $1 AND kind = 'actual' AND value IS NOT NULL
