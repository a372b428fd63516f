-- Rows (study id, author) for the studies in $ids (a JSON list): each study's authors in byline order.
SELECT au.study_id, a.id, a.name
FROM authored au
JOIN author a ON a.id = au.author_id
WHERE au.study_id IN (SELECT value FROM json_each($ids))
ORDER BY au.study_id, au.position;
