-- The search documents of study $study and of its findings, by rowid (study rowid * 4 + 1, finding rowid * 4 + 2),
-- in the columns of SearchDocuments.sql, each looked up by its key.
WITH doc(rowid) AS (
  SELECT s.rowid * 4 + 1 FROM study s WHERE s.id = $study
  UNION ALL
  SELECT f.rowid * 4 + 2 FROM finding f WHERE f.study_id = $study
)
SELECT d.rowid, d.kind, d.node_id, $study, d.heading, d.keywords, d.body, d.evidence
FROM doc CROSS JOIN search_doc d ON d.rowid = doc.rowid;
