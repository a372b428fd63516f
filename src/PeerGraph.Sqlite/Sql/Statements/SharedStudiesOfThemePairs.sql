-- Rows (theme a, theme b, study) for the pairs in $pairs (a JSON list of [theme a, theme b]): the studies that have both themes, newest first.
WITH pair(ta, tb) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each($pairs))
SELECT pair.ta, pair.tb, s.id, s.title, s.title_is_derived, s.abstract, s.year, s.published_on, s.doi, s.url, s.journal_id, s.volume, s.issue,
  s.pages, s.design, s.location, s.data_collected_from, s.data_collected_to, s.keywords, s.citation_count, s.source_file, s.source_kind
FROM pair
JOIN study_theme a ON a.theme_id = pair.ta
JOIN study_theme b ON b.theme_id = pair.tb AND b.study_id = a.study_id
JOIN study s ON s.id = a.study_id
ORDER BY pair.ta, pair.tb, (s.year IS NULL), s.year DESC, s.id;
