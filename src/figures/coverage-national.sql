-- The coverage cells of one unit in every yearly index that ranks the provinces, by year.
-- Parameter 1: the unit id.
SELECT c.indicator_id AS row, i.name_vi AS label_vi, i.name_en AS label_en, c.year, c.status
FROM coverage c
JOIN indicators i ON i.id = c.indicator_id
WHERE c.unit_id = $1 AND i.rank_level = 'province'
  AND c.indicator_id IN (SELECT indicator_id FROM observations WHERE length(period) = 4)
ORDER BY c.indicator_id, c.year
