-- The methods whose ids are in $ids (a JSON list), in no order; columns as SqliteRows.Method reads them.
SELECT m.id, m.name, m.kind
FROM method m
WHERE m.id IN (SELECT value FROM json_each($ids));
