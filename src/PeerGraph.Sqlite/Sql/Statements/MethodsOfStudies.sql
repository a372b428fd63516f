-- Rows (study id, method) for the studies in $ids (a JSON list): each study's methods in the order it names them.
SELECT sm.study_id, m.id, m.name, m.kind
FROM study_method sm
JOIN method m ON m.id = sm.method_id
WHERE sm.study_id IN (SELECT value FROM json_each($ids))
ORDER BY sm.study_id, sm.ordinal;
