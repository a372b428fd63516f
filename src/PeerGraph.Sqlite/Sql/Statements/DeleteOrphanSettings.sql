-- Of the settings in $ids (a JSON list), those no study was conducted in.
DELETE FROM setting WHERE id IN (SELECT value FROM json_each($ids)) AND NOT EXISTS (SELECT 1 FROM study_setting x WHERE x.setting_id = setting.id);
