-- The coverage cells of one indicator for the units of one level, by year. Parameter 1: the
-- indicator id; parameter 2: the unit level.
SELECT c.unit_id AS row, u.name_vi AS label_vi, u.name_en AS label_en, c.year, c.status
FROM coverage c
JOIN units u ON u.id = c.unit_id
WHERE c.indicator_id = $1 AND c.unit_level = $2
ORDER BY c.unit_id, c.year
