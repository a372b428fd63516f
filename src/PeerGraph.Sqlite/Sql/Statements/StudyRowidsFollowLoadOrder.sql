-- After a seed load wrote its studies into an emptied table, rowids only ever growing: 1 when they are 1 to n, so that
-- each study's rowid is its place in the load, as the side database's study_theme rows say (InsertLoadStudyTheme.sql).
SELECT count(*) = coalesce(max(rowid), 0) FROM study;
