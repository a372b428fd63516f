-- The settings whose ids are in $ids (a JSON list), in no order; columns as SqliteRows.Setting reads them.
SELECT x.id, x.name, x.description
FROM setting x
WHERE x.id IN (SELECT value FROM json_each($ids));
