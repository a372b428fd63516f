-- A group finding $finding is about, at its place in the finding's list.
INSERT INTO finding_about (finding_id, group_id, ordinal) VALUES ($finding, $group, $ordinal);
