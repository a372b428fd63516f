DELETE FROM evidence_cell WHERE theme_id IN (SELECT value FROM json_each($themes));
