-- Adds ($sign = 1) or takes away ($sign = -1) study $study from the study counts of the themes its findings name and
-- their ancestors (from its study_theme rows: run with -1 before the study is deleted, with 1 after it is inserted).
INSERT INTO theme_rollup (theme_id, study_count)
WITH RECURSIVE up(id) AS (
  SELECT st.theme_id FROM study_theme st WHERE st.study_id = $study
  UNION
  SELECT t.parent_id FROM up JOIN theme t ON t.id = up.id WHERE t.parent_id IS NOT NULL
)
SELECT up.id, $sign FROM up WHERE true
ON CONFLICT (theme_id) DO UPDATE SET study_count = theme_rollup.study_count + excluded.study_count;
