-- Rows (parent id, theme) for the themes in $ids (a JSON list): each theme's subthemes in taxonomy order.
SELECT t.parent_id, t.id, t.name, t.description, t.parent_id
FROM theme t
WHERE t.parent_id IN (SELECT value FROM json_each($ids))
ORDER BY t.parent_id, t.ordinal;
