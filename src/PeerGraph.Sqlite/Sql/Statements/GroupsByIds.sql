-- The stakeholder groups whose ids are in $ids (a JSON list), in no order; columns as SqliteRows.Group reads them.
SELECT g.id, g.name, g.description, g.synonyms
FROM stakeholder_group g
WHERE g.id IN (SELECT value FROM json_each($ids));
