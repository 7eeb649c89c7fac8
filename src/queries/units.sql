-- Every unit with the number of figures published about it, its parent and its note, by level.
SELECT
  u.id, u.level, u.name_vi, u.name_en, u.type_vi, u.parent_id,
  strftime(u.valid_from, '%Y-%m-%d') AS valid_from,
  strftime(u.valid_until, '%Y-%m-%d') AS valid_until,
  u.note_en, u.note_vi,
  CAST(count(o.obs_id) AS INTEGER) AS figures
FROM units u
LEFT JOIN observations o ON o.unit_id = u.id
GROUP BY ALL
ORDER BY u.level, u.id
