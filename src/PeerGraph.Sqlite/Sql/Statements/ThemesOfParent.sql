-- Themes in taxonomy order: all of them when $all = 1, else the children of $parent (the top-level themes when $parent is NULL).
SELECT t.id, t.name, t.description, t.parent_id
FROM theme t
WHERE $all = 1 OR ($parent IS NULL AND t.parent_id IS NULL) OR t.parent_id = $parent
ORDER BY t.ordinal;
