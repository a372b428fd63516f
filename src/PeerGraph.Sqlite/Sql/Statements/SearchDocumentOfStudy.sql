-- The search document of study $study itself (at its rowid * 4 + 1), not its findings', in the columns of
-- SearchDocuments.sql: what a write of the study's own fields changes.
SELECT d.rowid, d.kind, d.node_id, $study, d.heading, d.keywords, d.body, d.evidence
FROM search_doc d
WHERE d.rowid = (SELECT s.rowid * 4 + 1 FROM study s WHERE s.id = $study);
