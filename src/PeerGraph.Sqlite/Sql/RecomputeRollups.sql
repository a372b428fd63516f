DELETE FROM evidence_cell;
DELETE FROM theme_rollup;
INSERT INTO evidence_cell (theme_id, group_id, study_count, finding_count)
WITH RECURSIVE sub(root, id) AS (
  SELECT id, id FROM theme
  UNION ALL
  SELECT sub.root, c.id FROM theme c JOIN sub ON c.parent_id = sub.id
)
SELECT sub.root, fp.group_id, COUNT(DISTINCT f.study_id), COUNT(*)
FROM sub
JOIN finding f ON f.theme_id = sub.id
JOIN finding_perspective fp ON fp.finding_id = f.id
GROUP BY sub.root, fp.group_id;
INSERT INTO theme_rollup (theme_id, study_count)
WITH RECURSIVE sub(root, id) AS (
  SELECT id, id FROM theme
  UNION ALL
  SELECT sub.root, c.id FROM theme c JOIN sub ON c.parent_id = sub.id
)
SELECT sub.root, COUNT(DISTINCT st.study_id)
FROM sub
LEFT JOIN study_theme st ON st.theme_id = sub.id
GROUP BY sub.root;
