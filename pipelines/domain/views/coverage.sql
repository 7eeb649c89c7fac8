-- @bundle no
-- For every indicator: each unit that has a figure for it (and, for an indicator that ranks a
-- level of units, every unit of that level) by each year of the district years, and of any year
-- before or after them with an actual figure: whether an actual figure is published, or sources
-- disagree, or nothing is published. Coverage is computed here only.
CREATE OR REPLACE VIEW coverage AS
WITH actual AS (
  SELECT *, CAST(year(period_start) AS INTEGER) AS year FROM observations WHERE kind = 'actual'
),
spans AS (
  SELECT
    i.id AS indicator_id,
    i.rank_level,
    least(coalesce(min(a.year), 9999), (SELECT min(year) FROM district_years)) AS first_year,
    greatest(coalesce(max(a.year), 0), (SELECT max(year) FROM district_years)) AS last_year
  FROM indicators i
  LEFT JOIN actual a ON a.indicator_id = i.id
  WHERE i.id IN (SELECT indicator_id FROM observations)
  GROUP BY i.id, i.rank_level
),
grid_units AS (
  SELECT DISTINCT o.indicator_id, o.unit_id FROM observations o
  UNION
  SELECT s.indicator_id, u.id FROM spans s JOIN units u ON u.level = s.rank_level
),
grid AS (
  SELECT g.indicator_id, g.unit_id, y.year
  FROM grid_units g
  JOIN spans s USING (indicator_id)
  JOIN data_years y ON y.year BETWEEN s.first_year AND s.last_year
),
published AS (
  SELECT
    a.indicator_id, a.unit_id, a.year,
    count(a.value) > 0 AS has_score,
    count(a.rank) > 0 AS has_rank,
    CAST(count(DISTINCT a.source_id) AS INTEGER) AS sources,
    count(c.obs_ids) > 0 AS disagreeing
  FROM actual a
  LEFT JOIN conflicts c ON c.unit_id = a.unit_id AND c.indicator_id = a.indicator_id AND c.period = a.period AND c.kind = 'actual'
  GROUP BY a.indicator_id, a.unit_id, a.year
)
SELECT
  g.indicator_id,
  g.unit_id,
  u.level AS unit_level,
  CAST(g.year AS INTEGER) AS year,
  CASE WHEN p.sources IS NULL THEN 'missing' WHEN p.disagreeing THEN 'disagreeing' ELSE 'published' END AS status,
  coalesce(p.has_score, false) AS has_score,
  coalesce(p.has_rank, false) AS has_rank,
  coalesce(p.sources, 0) AS sources
FROM grid g
JOIN units u ON u.id = g.unit_id
LEFT JOIN published p USING (indicator_id, unit_id, year)
ORDER BY g.indicator_id, g.unit_id, g.year
