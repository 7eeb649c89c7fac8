-- Every observation with the fields a figure's CSV download adds to its table's columns, looked up
-- by obs_id (the rows a figure lists its sources from carry it).
SELECT
  obs_id, unit_id, indicator_id, period, kind, comparator, value, rank, rank_of,
  source_title, source_url, source_publisher, source_published, note_en, note_vi
FROM figures
ORDER BY obs_id
