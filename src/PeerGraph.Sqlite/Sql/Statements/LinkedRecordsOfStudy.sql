-- The journal, authors and settings study $study links to (kind, id): after the study is replaced or deleted, those
-- no other study links to are orphans (DeleteOrphan*.sql).
SELECT 'journal', s.journal_id FROM study s WHERE s.id = $study AND s.journal_id IS NOT NULL
UNION ALL
SELECT 'author', a.author_id FROM authored a WHERE a.study_id = $study
UNION ALL
SELECT 'setting', x.setting_id FROM study_setting x WHERE x.study_id = $study;
