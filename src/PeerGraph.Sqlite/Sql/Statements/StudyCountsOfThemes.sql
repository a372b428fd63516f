-- Rows (theme id, study count) of the theme roll-ups for the themes in $ids (a JSON list).
SELECT r.theme_id, r.study_count
FROM theme_rollup r
WHERE r.theme_id IN (SELECT value FROM json_each($ids));
