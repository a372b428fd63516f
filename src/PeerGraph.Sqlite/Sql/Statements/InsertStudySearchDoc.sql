INSERT INTO search_doc (rowid, kind, node_id, heading, keywords, body, evidence)
VALUES ((SELECT s.rowid * 4 + 1 FROM study s WHERE s.id = $id), 'Study', $id, $heading, $keywords, $body, NULL);
