-- The findings whose ids are in $ids (a JSON list), in no order; columns as SqliteRows.Finding reads them.
SELECT f.id, f.study_id, f.theme_id,
  (SELECT json_group_array(group_id) FROM (SELECT group_id FROM finding_perspective WHERE finding_id = f.id ORDER BY ordinal)),
  (SELECT json_group_array(group_id) FROM (SELECT group_id FROM finding_about WHERE finding_id = f.id ORDER BY ordinal)),
  f.statement, f.evidence
FROM finding f
WHERE f.id IN (SELECT value FROM json_each($ids));
