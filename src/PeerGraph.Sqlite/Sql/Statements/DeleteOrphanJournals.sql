-- Of the journals in $ids (a JSON list), those no study is published in.
DELETE FROM journal WHERE id IN (SELECT value FROM json_each($ids)) AND NOT EXISTS (SELECT 1 FROM study s WHERE s.journal_id = journal.id);
