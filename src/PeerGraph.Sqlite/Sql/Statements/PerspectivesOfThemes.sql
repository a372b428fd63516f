-- Rows (theme id, group id, study count, finding count) for the themes in $ids (a JSON list): the groups whose perspective their findings take, most studies first.
SELECT c.theme_id, c.group_id, c.study_count, c.finding_count
FROM evidence_cell c
JOIN stakeholder_group g ON g.id = c.group_id
WHERE c.theme_id IN (SELECT value FROM json_each($ids)) AND c.finding_count > 0
ORDER BY c.theme_id, c.study_count DESC, c.finding_count DESC, g.ordinal;
