-- The search documents of study $study and its findings, by rowid (study rowid * 4 + 1, finding rowid * 4 + 2).
DELETE FROM search_doc WHERE rowid IN (
  SELECT s.rowid * 4 + 1 FROM study s WHERE s.id = $study
  UNION ALL
  SELECT f.rowid * 4 + 2 FROM finding f WHERE f.study_id = $study
);
