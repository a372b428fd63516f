-- A setting study $study was conducted in, at its place in the study's list.
INSERT INTO study_setting (study_id, setting_id, ordinal) VALUES ($study, $setting, $ordinal);
