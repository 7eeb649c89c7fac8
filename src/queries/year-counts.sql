-- For each year of the city's district ranking: how many district-level units have a published
-- score or rank (the same count as publishedCount over one year's ranking rows).
SELECT year, CAST(count(DISTINCT unit_id) AS INTEGER) AS units
FROM district_par_index
WHERE kind = 'actual' AND unit_type <> 'bloc'
GROUP BY year
ORDER BY year
