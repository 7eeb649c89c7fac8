-- Every observation of one indicator with the names of its unit and indicator and its source:
-- the rows of the bundle's figures table for that indicator. Parameter 1: the indicator id.
SELECT * FROM figures WHERE indicator_id = $1
ORDER BY period_start, period, unit_id, kind, source_id, "group", obs_id
