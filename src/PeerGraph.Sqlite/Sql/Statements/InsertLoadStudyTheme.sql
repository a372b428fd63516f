-- A seed load's study_theme row written in its side database (LoadSideDatabase.cs), which has no study or theme table:
-- the rowids come with the values ($study_no: the study's place in the load, which is its rowid in the main file;
-- $theme_no: the theme's rowid there). Otherwise InsertStudyTheme.sql.
INSERT INTO study_theme (study_id, theme_id, ordinal, theme_count, study_no, theme_no)
VALUES ($study, $theme, $ordinal, $theme_count, $study_no, $theme_no);
