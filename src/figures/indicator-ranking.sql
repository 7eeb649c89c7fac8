-- Every published score and rank of one indicator in one period (the ranked units and the averages
-- published beside them), each with its note and source. Parameter 1: the indicator id;
-- parameter 2: the period.
SELECT
  obs_id, unit_id, unit_name_vi AS name_vi, unit_name_en AS name_en, unit_level,
  value AS score, rank, rank_of, comparator, note_en, note_vi,
  source_id, source_publisher_en, source_publisher_vi, source_title, source_published, source_url
FROM figures
WHERE indicator_id = $1 AND period = $2 AND kind = 'actual'
ORDER BY rank NULLS LAST, score DESC NULLS LAST, unit_id, source_id, obs_id
