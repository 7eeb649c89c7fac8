-- The range of every published score in the ranked index over all years (units and bloc averages),
-- so that every year's ranking is drawn on the same score axis.
SELECT min(score) AS low, max(score) AS high
FROM district_par_index
WHERE kind = 'actual' AND score IS NOT NULL
