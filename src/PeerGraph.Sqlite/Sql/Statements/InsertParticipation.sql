-- A group study $study sampled, at its place in the study's list, with its count and note (either may be NULL).
INSERT INTO participation (study_id, group_id, ordinal, count, note) VALUES ($study, $group, $ordinal, $count, $note);
