-- The CREATE TABLE statements of the tables a seed load writes in its side database ($tables: a JSON array of
-- names), from the main file's own schema, so that both have the same columns, keys and checks, as SQLite's record by
-- record copy requires (LoadSideDatabase.cs).
SELECT name, sql FROM main.sqlite_schema WHERE type = 'table' AND name IN (SELECT value FROM json_each($tables)) ORDER BY name;
