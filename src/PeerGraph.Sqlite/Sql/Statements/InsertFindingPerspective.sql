-- A group from whose perspective finding $finding speaks, at its place in the finding's list.
INSERT INTO finding_perspective (finding_id, group_id, ordinal) VALUES ($finding, $group, $ordinal);
