-- Of the authors in $ids (a JSON list), those of no study.
DELETE FROM author WHERE id IN (SELECT value FROM json_each($ids)) AND NOT EXISTS (SELECT 1 FROM authored a WHERE a.author_id = author.id);
