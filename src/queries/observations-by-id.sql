-- The observations with the given ids (parameter 1: obs_ids separated by spaces), with the fields a
-- figure's CSV download adds to its table's columns (the rows a figure lists its sources from carry
-- their obs_id).
SELECT
  obs_id, unit_id, indicator_id, period, kind, comparator, value, rank, rank_of,
  source_title, source_url, source_publisher_en, source_publisher_vi, source_published, note_en, note_vi
FROM figures
-- A semi-join, which reads the index on obs_id (src/engine/build-engine.ts): with 10^5 rows it takes
-- 3 ms for 20 ids and 12 ms for 2,000, where list_contains, comparing each row with every id, took
-- 7 and 135 ms.
WHERE obs_id IN (SELECT unnest(string_split($1, ' ')))
ORDER BY obs_id
