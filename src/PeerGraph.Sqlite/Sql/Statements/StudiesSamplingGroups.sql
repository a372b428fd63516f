-- Rows (group id, study) for the stakeholder groups in $ids (a JSON list): the studies that sampled the group, newest first.
SELECT p.group_id, s.id, s.title, s.title_is_derived, s.abstract, s.year, s.published_on, s.doi, s.url, s.journal_id, s.volume, s.issue,
  s.pages, s.design, s.location, s.data_collected_from, s.data_collected_to, s.keywords, s.citation_count, s.source_file, s.source_kind
FROM participation p
JOIN study s ON s.id = p.study_id
WHERE p.group_id IN (SELECT value FROM json_each($ids))
ORDER BY p.group_id, (s.year IS NULL), s.year DESC, s.id;
