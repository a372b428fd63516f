-- The authors whose ids are in $ids (a JSON list), in no order; columns as SqliteRows.Author reads them.
SELECT a.id, a.name
FROM author a
WHERE a.id IN (SELECT value FROM json_each($ids));
