INSERT INTO search_doc (rowid, kind, node_id, heading, keywords, body, evidence)
VALUES ((SELECT f.rowid * 4 + 2 FROM finding f WHERE f.id = $id), 'Finding', $id, NULL, NULL, $body, $evidence);
