-- Rows (theme id, finding) for the themes in $ids (a JSON list): findings on the theme (and its descendants when $descendants = 1), from perspective $perspective when not NULL, newest study first.
WITH RECURSIVE sub(root, id) AS (
  SELECT t.id, t.id FROM theme t WHERE t.id IN (SELECT value FROM json_each($ids))
  UNION ALL
  SELECT sub.root, c.id FROM theme c JOIN sub ON c.parent_id = sub.id WHERE $descendants = 1
)
SELECT sub.root, f.id, f.study_id, f.theme_id,
  (SELECT json_group_array(group_id) FROM (SELECT group_id FROM finding_perspective WHERE finding_id = f.id ORDER BY ordinal)),
  (SELECT json_group_array(group_id) FROM (SELECT group_id FROM finding_about WHERE finding_id = f.id ORDER BY ordinal)),
  f.statement, f.evidence
FROM sub
JOIN finding f ON f.theme_id = sub.id
JOIN study s ON s.id = f.study_id
WHERE $perspective IS NULL OR EXISTS (SELECT 1 FROM finding_perspective fp WHERE fp.finding_id = f.id AND fp.group_id = $perspective)
ORDER BY sub.root, (s.year IS NULL), s.year DESC, s.id, f.ordinal;
