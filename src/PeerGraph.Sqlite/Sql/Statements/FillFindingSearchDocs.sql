-- The search documents of every finding (rowid = finding rowid * 4 + 2), after a seed load wrote the findings without them.
INSERT INTO search_doc (rowid, kind, node_id, heading, keywords, body, evidence)
SELECT f.rowid * 4 + 2, 'Finding', f.id, NULL, NULL, f.statement, f.evidence FROM finding f;
