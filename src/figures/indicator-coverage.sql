-- The coverage cells of one indicator: each unit the coverage view holds for it (the units with a
-- figure and, for an indicator that ranks a level, every unit of that level), by year.
-- Parameter 1: the indicator id.
SELECT c.unit_id AS row, u.name_vi AS label_vi, u.name_en AS label_en, c.year, c.status, c.unit_level
FROM coverage c
JOIN units u ON u.id = c.unit_id
WHERE c.indicator_id = $1
ORDER BY c.unit_level, u.name_vi, c.unit_id, c.year
