-- Actuals and targets (never group memberships) with their units, indicators and sources.
-- Parameter 1: a topic or '*'; parameter 2: indicator ids separated by spaces, or '*';
-- parameter 3: unit ids separated by spaces, or '*'.
SELECT
  obs_id, indicator_id, indicator_name_vi, indicator_name_en, indicator_unit,
  unit_id, unit_name_vi, unit_name_en, unit_level, period,
  strftime(period_start, '%Y-%m-%d') AS period_start,
  strftime(period_end, '%Y-%m-%d') AS period_end,
  kind, comparator, value, rank, rank_of,
  strftime(as_of, '%Y-%m-%d') AS as_of,
  note_en, note_vi,
  source_id, source_publisher_en, source_publisher_vi, source_title, source_published, source_url
FROM figures
WHERE kind <> 'group'
  AND ($1 = '*' OR topic = $1)
  AND ($2 = '*' OR list_contains(string_split($2, ' '), indicator_id))
  AND ($3 = '*' OR list_contains(string_split($3, ' '), unit_id))
ORDER BY indicator_id, period_start, unit_id, kind, source_id, obs_id
