-- Rows (study id, finding) for the studies in $ids (a JSON list), in study order; only findings on theme $theme or a descendant and from perspective $perspective, each when not NULL.
SELECT f.study_id, f.id, f.study_id, f.theme_id,
  (SELECT json_group_array(group_id) FROM (SELECT group_id FROM finding_perspective WHERE finding_id = f.id ORDER BY ordinal)),
  (SELECT json_group_array(group_id) FROM (SELECT group_id FROM finding_about WHERE finding_id = f.id ORDER BY ordinal)),
  f.statement, f.evidence
FROM finding f
WHERE f.study_id IN (SELECT value FROM json_each($ids))
  AND ($theme IS NULL OR f.theme_id IN (
    WITH RECURSIVE d(id) AS (SELECT $theme UNION ALL SELECT c.id FROM theme c JOIN d ON c.parent_id = d.id) SELECT id FROM d))
  AND ($perspective IS NULL OR EXISTS (SELECT 1 FROM finding_perspective fp WHERE fp.finding_id = f.id AND fp.group_id = $perspective))
ORDER BY f.study_id, f.ordinal;
