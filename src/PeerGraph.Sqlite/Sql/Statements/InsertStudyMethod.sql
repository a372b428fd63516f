-- A method study $study used, at its place in the study's list.
INSERT INTO study_method (study_id, method_id, ordinal) VALUES ($study, $method, $ordinal);
