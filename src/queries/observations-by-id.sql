-- The observations with the given ids (parameter 1: obs_ids separated by spaces), with the fields a
-- figure's CSV download adds to its table's columns (the rows a figure lists its sources from carry
-- their obs_id).
SELECT
  obs_id, unit_id, indicator_id, period, kind, comparator, value, rank, rank_of,
  source_title, source_url, source_publisher, source_published, note_en, note_vi
FROM figures
WHERE list_contains(string_split($1, ' '), obs_id)
ORDER BY obs_id
