-- Rows (method id, study) for the methods in $ids (a JSON list): the studies that used each, newest first.
SELECT sm.method_id, s.id, s.title, s.title_is_derived, s.abstract, s.year, s.published_on, s.doi, s.url, s.journal_id, s.volume, s.issue,
  s.pages, s.design, s.location, s.data_collected_from, s.data_collected_to, s.keywords, s.citation_count, s.source_file, s.source_kind
FROM study_method sm
JOIN study s ON s.id = sm.study_id
WHERE sm.method_id IN (SELECT value FROM json_each($ids))
ORDER BY sm.method_id, (s.year IS NULL), s.year DESC, s.id;
