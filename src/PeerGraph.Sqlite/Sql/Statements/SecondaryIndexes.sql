-- The secondary indexes of the tables a seed load fills (name, CREATE statement, DROP statement, table): dropped while the
-- rows are written and made again after them, one sort each instead of one b-tree insert per row. Primary keys and
-- UNIQUE constraints (sql IS NULL) stay. The theme, group and method tables are small and keep theirs. Both
-- statements come from the schema itself (an index name cannot be a parameter; %w quotes it as an identifier).
SELECT name, sql, printf('DROP INDEX "%w"', name), tbl_name FROM sqlite_schema
WHERE type = 'index' AND sql IS NOT NULL
  AND tbl_name NOT IN ('theme', 'stakeholder_group', 'method')
ORDER BY name;
