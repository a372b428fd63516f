-- Rows (theme id, group id, study count, finding count): the kept evidence cells of the themes in $themes and the groups in $groups (JSON lists).
SELECT c.theme_id, c.group_id, c.study_count, c.finding_count
FROM evidence_cell c
WHERE c.theme_id IN (SELECT value FROM json_each($themes)) AND c.group_id IN (SELECT value FROM json_each($groups));
