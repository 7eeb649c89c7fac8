-- Every observation with its unit, indicator and source, for the chart queries. Created once per
-- connection, at build time and in the browser alike.
CREATE OR REPLACE VIEW figures AS
SELECT
  o.*,
  u.name_vi AS unit_name_vi,
  u.name_en AS unit_name_en,
  u.level AS unit_level,
  u.parent_id AS unit_parent_id,
  i.name_vi AS indicator_name_vi,
  i.name_en AS indicator_name_en,
  i.definition_vi AS indicator_definition_vi,
  i.definition_en AS indicator_definition_en,
  i.unit AS indicator_unit,
  i.topic,
  s.publisher AS source_publisher,
  s.title AS source_title,
  s.published AS source_published,
  s.url AS source_url
FROM observations o
JOIN units u ON u.id = o.unit_id
JOIN indicators i ON i.id = o.indicator_id
JOIN sources s ON s.id = o.source_id
