-- The search document of theme $theme (at its rowid * 4 + 3), in the columns of SearchDocuments.sql.
SELECT d.rowid, d.kind, d.node_id, NULL, d.heading, d.keywords, d.body, d.evidence
FROM search_doc d
WHERE d.rowid = (SELECT t.rowid * 4 + 3 FROM theme t WHERE t.id = $theme);
