-- A finding of study $study, at its place in the study's list.
INSERT INTO finding (id, study_id, ordinal, theme_id, statement, evidence) VALUES ($id, $study, $ordinal, $theme, $statement, $evidence);
