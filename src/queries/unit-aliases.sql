-- Every other spelling of a unit's name that the data knows.
SELECT alias, unit_id FROM unit_aliases ORDER BY unit_id, alias
