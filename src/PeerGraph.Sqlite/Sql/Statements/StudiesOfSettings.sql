-- Rows (setting id, study) for the settings in $ids (a JSON list): the studies conducted in each, newest first.
SELECT ss.setting_id, s.id, s.title, s.title_is_derived, s.abstract, s.year, s.published_on, s.doi, s.url, s.journal_id, s.volume, s.issue,
  s.pages, s.design, s.location, s.data_collected_from, s.data_collected_to, s.keywords, s.citation_count, s.source_file, s.source_kind
FROM study_setting ss
JOIN study s ON s.id = ss.study_id
WHERE ss.setting_id IN (SELECT value FROM json_each($ids))
ORDER BY ss.setting_id, (s.year IS NULL), s.year DESC, s.id;
