-- The secondary indexes of the tables a seed load fills (name, CREATE statement): dropped while the rows are written
-- and made again after them, one sort each instead of one b-tree insert per row. Primary keys and UNIQUE constraints
-- (sql IS NULL) stay. The theme, group and method tables are small and keep theirs.
SELECT name, sql FROM sqlite_schema
WHERE type = 'index' AND sql IS NOT NULL
  AND tbl_name NOT IN ('theme', 'stakeholder_group', 'method')
ORDER BY name;
