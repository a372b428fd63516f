-- The rowids of the search documents of study $study and of its findings (study rowid * 4 + 1, finding rowid * 4 + 2).
SELECT s.rowid * 4 + 1 FROM study s WHERE s.id = $study
UNION ALL
SELECT f.rowid * 4 + 2 FROM finding f WHERE f.study_id = $study;
