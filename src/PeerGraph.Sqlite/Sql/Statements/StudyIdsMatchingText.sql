-- The studies whose search document matches $text (an FTS5 query built by FtsQuery).
SELECT node_id FROM search_doc WHERE search_doc MATCH $text AND kind = 'Study';
