-- How many published figures each district-level unit's page lists (its own and its communes').
SELECT u.id, CAST(count(f.obs_id) AS INTEGER) AS figures
FROM units u
LEFT JOIN figures f ON f.unit_id = u.id OR f.unit_parent_id = u.id
WHERE u.level = 'district'
GROUP BY u.id
ORDER BY u.id
