-- Every unit that has a figure, with its level and boundary id: the units of the explorer's form.
SELECT u.id, u.level, u.name_vi, u.name_en, u.geo_shape_id
FROM units u
WHERE EXISTS (SELECT 1 FROM figures f WHERE f.unit_id = u.id AND f.kind <> 'group')
ORDER BY u.level, u.name_vi
