-- Creates a theme or replaces its name, description and parent; an existing theme keeps its ordinal (its place in
-- taxonomy order).
INSERT INTO theme (id, ordinal, name, description, parent_id) VALUES ($id, $ordinal, $name, $description, $parent)
ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description, parent_id = excluded.parent_id;
