-- The themes whose ids are in $ids (a JSON list), in no order; columns as SqliteRows.Theme reads them.
SELECT t.id, t.name, t.description, t.parent_id
FROM theme t
WHERE t.id IN (SELECT value FROM json_each($ids));
