-- The study counts of the themes in $themes (a JSON list): distinct studies with a finding on the theme or a
-- descendant (0 when none). Costs the study_theme rows under those themes.
INSERT INTO theme_rollup (theme_id, study_count)
WITH RECURSIVE sub(root, id) AS (
  SELECT t.id, t.id FROM theme t WHERE t.id IN (SELECT value FROM json_each($themes))
  UNION ALL
  SELECT sub.root, c.id FROM theme c JOIN sub ON c.parent_id = sub.id
)
SELECT sub.root, COUNT(DISTINCT st.study_id)
FROM sub
LEFT JOIN study_theme st ON st.theme_id = sub.id
GROUP BY sub.root;
