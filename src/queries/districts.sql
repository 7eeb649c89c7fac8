-- The 30 district-level units with their boundary ids, in Vietnamese alphabetical order of id.
SELECT id, name_vi, name_en, type_vi, geo_shape_id
FROM units
WHERE level = 'district'
ORDER BY id
