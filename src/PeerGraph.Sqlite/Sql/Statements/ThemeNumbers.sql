-- Every theme's rowid, for the study_theme rows a seed load writes in its side database (InsertLoadStudyTheme.sql).
SELECT id, rowid FROM theme;
