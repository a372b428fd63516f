-- Every study's themes (study_theme) from its findings, after a seed load wrote the findings without them: the distinct
-- themes in order of first mention, with the study's number of themes and the rowids of study and theme.
INSERT INTO study_theme (study_id, theme_id, ordinal, theme_count, study_no, theme_no)
SELECT ft.study_id, ft.theme_id,
  ROW_NUMBER() OVER (PARTITION BY ft.study_id ORDER BY ft.first_ordinal) - 1,
  COUNT(*) OVER (PARTITION BY ft.study_id),
  s.rowid, t.rowid
FROM (SELECT f.study_id, f.theme_id, MIN(f.ordinal) AS first_ordinal FROM finding f GROUP BY f.study_id, f.theme_id) ft
JOIN study s ON s.id = ft.study_id
JOIN theme t ON t.id = ft.theme_id;
