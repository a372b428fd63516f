-- The studies with a finding from the perspective of any group in $groupIds (a study once per such finding).
SELECT f.study_id
FROM finding_perspective fp
JOIN finding f ON f.id = fp.finding_id
WHERE fp.group_id IN (SELECT value FROM json_each($groupIds));
