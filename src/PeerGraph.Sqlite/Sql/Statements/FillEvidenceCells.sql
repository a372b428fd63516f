-- Every evidence cell, after a seed load wrote the findings: per theme (its descendants included) and perspective
-- group, the findings and their distinct studies. The finding-perspective pairs are grouped by (theme, group, study)
-- first and only those groups are spread over each theme's ancestors: a third less work than joining every pair to
-- every ancestor (InsertEvidenceCellsOfThemes.sql), which a theme write still uses for the themes it moves.
INSERT INTO evidence_cell (theme_id, group_id, study_count, finding_count)
WITH RECURSIVE up(theme_id, ancestor) AS (
  SELECT t.id, t.id FROM theme t
  UNION
  SELECT up.theme_id, t.parent_id FROM up JOIN theme t ON t.id = up.ancestor WHERE t.parent_id IS NOT NULL
),
leaf(theme_id, group_id, study_id, findings) AS (
  SELECT f.theme_id, fp.group_id, f.study_id, COUNT(*)
  FROM finding f JOIN finding_perspective fp ON fp.finding_id = f.id
  GROUP BY f.theme_id, fp.group_id, f.study_id
)
SELECT up.ancestor, leaf.group_id, COUNT(DISTINCT leaf.study_id), SUM(leaf.findings)
FROM leaf JOIN up ON up.theme_id = leaf.theme_id
GROUP BY up.ancestor, leaf.group_id;
