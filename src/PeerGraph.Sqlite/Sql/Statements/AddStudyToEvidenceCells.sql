-- Adds ($sign = 1) or takes away ($sign = -1) study $study's part of the evidence cells: for each theme its findings
-- name and that theme's ancestors, and each perspective group, its findings there and 1 study. Run with -1 before the
-- study's findings are deleted and with 1 after they are inserted; cells left empty go (DeleteEmptyEvidenceCells.sql).
INSERT INTO evidence_cell (theme_id, group_id, study_count, finding_count)
WITH RECURSIVE up(theme_id, ancestor) AS (
  SELECT DISTINCT f.theme_id, f.theme_id FROM finding f WHERE f.study_id = $study
  UNION
  SELECT up.theme_id, t.parent_id FROM up JOIN theme t ON t.id = up.ancestor WHERE t.parent_id IS NOT NULL
)
SELECT up.ancestor, fp.group_id, $sign, $sign * COUNT(*)
FROM finding f
JOIN up ON up.theme_id = f.theme_id
JOIN finding_perspective fp ON fp.finding_id = f.id
WHERE f.study_id = $study
GROUP BY up.ancestor, fp.group_id
ON CONFLICT (theme_id, group_id) DO UPDATE SET
  study_count = evidence_cell.study_count + excluded.study_count,
  finding_count = evidence_cell.finding_count + excluded.finding_count;
