-- The evidence cells of the themes in $themes (a JSON list), counted over their subtrees: per perspective group,
-- the findings on the theme or a descendant and their distinct studies. Costs the findings under those themes.
INSERT INTO evidence_cell (theme_id, group_id, study_count, finding_count)
WITH RECURSIVE sub(root, id) AS (
  SELECT t.id, t.id FROM theme t WHERE t.id IN (SELECT value FROM json_each($themes))
  UNION ALL
  SELECT sub.root, c.id FROM theme c JOIN sub ON c.parent_id = sub.id
)
SELECT sub.root, fp.group_id, COUNT(DISTINCT f.study_id), COUNT(*)
FROM sub
JOIN finding f ON f.theme_id = sub.id
JOIN finding_perspective fp ON fp.finding_id = f.id
GROUP BY sub.root, fp.group_id;
