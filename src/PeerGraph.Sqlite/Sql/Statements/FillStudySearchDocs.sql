-- The search documents of every study (rowid = study rowid * 4 + 1), after a seed load wrote the studies without them.
INSERT INTO search_doc (rowid, kind, node_id, heading, keywords, body, evidence)
SELECT s.rowid * 4 + 1, 'Study', s.id, s.title, (SELECT group_concat(k.value, ' ') FROM json_each(s.keywords) k), s.abstract, NULL FROM study s;
