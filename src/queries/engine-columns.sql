-- The tables and views the browser's engine can create, with their columns in order: what the SQL
-- editor completes.
SELECT table_name, string_agg(column_name, ' ' ORDER BY ordinal_position) AS columns
FROM information_schema.columns
GROUP BY table_name
ORDER BY table_name
