-- The studies sampling any group in $groupIds (a study once per group it samples).
SELECT p.study_id FROM participation p WHERE p.group_id IN (SELECT value FROM json_each($groupIds));
