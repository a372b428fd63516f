-- Rows (journal id, study) for the journals in $ids (a JSON list): the studies published in each, newest first.
SELECT s.journal_id, s.id, s.title, s.title_is_derived, s.abstract, s.year, s.published_on, s.doi, s.url, s.journal_id, s.volume, s.issue,
  s.pages, s.design, s.location, s.data_collected_from, s.data_collected_to, s.keywords, s.citation_count, s.source_file, s.source_kind
FROM study s
WHERE s.journal_id IN (SELECT value FROM json_each($ids))
ORDER BY s.journal_id, (s.year IS NULL), s.year DESC, s.id;
