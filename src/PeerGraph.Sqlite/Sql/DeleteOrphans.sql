DELETE FROM journal WHERE NOT EXISTS (SELECT 1 FROM study s WHERE s.journal_id = journal.id);
DELETE FROM author WHERE NOT EXISTS (SELECT 1 FROM authored a WHERE a.author_id = author.id);
DELETE FROM setting WHERE NOT EXISTS (SELECT 1 FROM study_setting x WHERE x.setting_id = setting.id);
