-- The metadata of one indicator. Parameter 1: the indicator id.
SELECT id, topic, name_vi, name_en, unit, rank_of, rank_level, higher_is_better, publisher_vi, publisher_en, definition_vi, definition_en
FROM indicators
WHERE id = $1
