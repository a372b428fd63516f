-- The journals whose ids are in $ids (a JSON list), in no order; columns as SqliteRows.Journal reads them.
SELECT j.id, j.name, j.issn, j.publisher
FROM journal j
WHERE j.id IN (SELECT value FROM json_each($ids));
