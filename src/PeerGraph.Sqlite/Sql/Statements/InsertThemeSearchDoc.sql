INSERT INTO search_doc (rowid, kind, node_id, heading, keywords, body, evidence)
VALUES ((SELECT t.rowid * 4 + 3 FROM theme t WHERE t.id = $id), 'Theme', $id, $heading, NULL, $body, NULL);
