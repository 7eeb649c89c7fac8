-- Every unit but the districts (which have pages and charts of their own) with every indicator of
-- which it has published values in two periods or more: the series its page can chart, in order.
SELECT unit_id, indicator_id
FROM figures
WHERE kind = 'actual' AND value IS NOT NULL AND unit_level <> 'district'
GROUP BY unit_id, indicator_id
HAVING count(DISTINCT period) >= 2
ORDER BY unit_id, indicator_id
