-- Rows (author id, study) for the authors in $ids (a JSON list): the studies each wrote, once, newest first.
SELECT au.author_id, s.id, s.title, s.title_is_derived, s.abstract, s.year, s.published_on, s.doi, s.url, s.journal_id, s.volume, s.issue,
  s.pages, s.design, s.location, s.data_collected_from, s.data_collected_to, s.keywords, s.citation_count, s.source_file, s.source_kind
FROM authored au
JOIN study s ON s.id = au.study_id
WHERE au.author_id IN (SELECT value FROM json_each($ids))
GROUP BY au.author_id, s.id
ORDER BY au.author_id, (s.year IS NULL), s.year DESC, s.id;
