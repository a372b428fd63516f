-- A theme study $study's findings name, in order of first mention ($ordinal), with the study's number of distinct
-- themes and the rowids of both (the in-memory theme sets and related studies read them).
INSERT INTO study_theme (study_id, theme_id, ordinal, theme_count, study_no, theme_no)
VALUES ($study, $theme, $ordinal, $theme_count, (SELECT rowid FROM study WHERE id = $study), (SELECT rowid FROM theme WHERE id = $theme));
