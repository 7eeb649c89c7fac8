-- The district-level units with their boundary ids, in order of id.
SELECT id, name_vi, name_en, type_vi, geo_shape_id
FROM units
WHERE level = 'district'
ORDER BY id
