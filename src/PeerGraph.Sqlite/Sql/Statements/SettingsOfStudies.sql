-- Rows (study id, setting) for the studies in $ids (a JSON list): each study's settings in the order it names them.
SELECT ss.study_id, x.id, x.name, x.description
FROM study_setting ss
JOIN setting x ON x.id = ss.setting_id
WHERE ss.study_id IN (SELECT value FROM json_each($ids))
ORDER BY ss.study_id, ss.ordinal;
