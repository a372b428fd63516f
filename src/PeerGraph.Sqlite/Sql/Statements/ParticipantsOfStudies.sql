-- Rows (study id, study id, group id, count, note) for the studies in $ids (a JSON list): each study's sampled groups in order.
SELECT p.study_id, p.study_id, p.group_id, p.count, p.note
FROM participation p
WHERE p.study_id IN (SELECT value FROM json_each($ids))
ORDER BY p.study_id, p.ordinal;
