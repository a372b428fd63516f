-- Creates a setting (last in order) or renames an existing one; a description given replaces the old one, a missing
-- one keeps it.
INSERT INTO setting (id, ordinal, name, description) VALUES ($id, (SELECT COALESCE(MAX(ordinal), -1) + 1 FROM setting), $name, $description)
ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = COALESCE(excluded.description, setting.description);
