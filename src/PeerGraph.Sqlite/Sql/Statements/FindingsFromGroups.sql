-- Rows (group id, finding) for the stakeholder groups in $ids (a JSON list): findings from the group's perspective, on theme $theme or a descendant when not NULL, newest study first.
SELECT fp.group_id, f.id, f.study_id, f.theme_id,
  (SELECT json_group_array(group_id) FROM (SELECT group_id FROM finding_perspective WHERE finding_id = f.id ORDER BY ordinal)),
  (SELECT json_group_array(group_id) FROM (SELECT group_id FROM finding_about WHERE finding_id = f.id ORDER BY ordinal)),
  f.statement, f.evidence
FROM finding_perspective fp
JOIN finding f ON f.id = fp.finding_id
JOIN study s ON s.id = f.study_id
WHERE fp.group_id IN (SELECT value FROM json_each($ids))
  AND ($theme IS NULL OR f.theme_id IN (
    WITH RECURSIVE d(id) AS (SELECT $theme UNION ALL SELECT c.id FROM theme c JOIN d ON c.parent_id = d.id) SELECT id FROM d))
ORDER BY fp.group_id, (s.year IS NULL), s.year DESC, s.id, f.ordinal;
