-- The texts of the search documents at the rowids in the JSON array $keys (for snippets): rowid, heading, keywords,
-- body, evidence, and the node id (a rowid freed by a delete may have been given to another record since the search).
SELECT d.rowid, d.heading, d.keywords, d.body, d.evidence, d.node_id
FROM json_each($keys) k CROSS JOIN search_doc d ON d.rowid = k.value;
