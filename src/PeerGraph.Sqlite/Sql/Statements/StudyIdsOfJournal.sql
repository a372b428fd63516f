-- The studies published in journal $journalId.
SELECT s.id FROM study s WHERE s.journal_id = $journalId;
