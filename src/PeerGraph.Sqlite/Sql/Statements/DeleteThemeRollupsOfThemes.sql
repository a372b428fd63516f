DELETE FROM theme_rollup WHERE theme_id IN (SELECT value FROM json_each($themes));
