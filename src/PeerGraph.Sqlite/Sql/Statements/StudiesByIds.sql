-- The studies whose ids are in $ids (a JSON list), in no order; columns as SqliteRows.Study reads them.
SELECT s.id, s.title, s.title_is_derived, s.abstract, s.year, s.published_on, s.doi, s.url, s.journal_id, s.volume, s.issue,
  s.pages, s.design, s.location, s.data_collected_from, s.data_collected_to, s.keywords, s.citation_count, s.source_file, s.source_kind
FROM study s
WHERE s.id IN (SELECT value FROM json_each($ids));
