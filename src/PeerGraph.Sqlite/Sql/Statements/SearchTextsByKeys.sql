-- The texts of the search documents at the rowids in the JSON array $keys (for snippets): rowid, heading, keywords,
-- body, evidence. A join on rowid, not rowid IN (...): FTS5 looks a rowid up only from an equality, an IN reads
-- the whole table.
SELECT d.rowid, d.heading, d.keywords, d.body, d.evidence
FROM json_each($keys) k CROSS JOIN search_doc d ON d.rowid = k.value;
