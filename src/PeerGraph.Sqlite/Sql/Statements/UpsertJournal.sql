-- Creates a journal or merges into an existing one: the ISSNs ($issn, a JSON list) are united (distinct, in order),
-- a missing publisher is filled in, the first one stays.
INSERT INTO journal (id, name, issn, publisher) VALUES ($id, $name, $issn, $publisher)
ON CONFLICT (id) DO UPDATE SET
  issn = (SELECT json_group_array(value) FROM (SELECT value FROM json_each(journal.issn) UNION SELECT value FROM json_each(excluded.issn))),
  publisher = COALESCE(journal.publisher, excluded.publisher);
