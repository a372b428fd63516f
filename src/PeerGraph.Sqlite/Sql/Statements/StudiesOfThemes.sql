-- Rows (theme id, study) for the themes in $ids (a JSON list): each study with a finding on the theme or a descendant, once, newest first.
WITH RECURSIVE sub(root, id) AS (
  SELECT t.id, t.id FROM theme t WHERE t.id IN (SELECT value FROM json_each($ids))
  UNION ALL
  SELECT sub.root, c.id FROM theme c JOIN sub ON c.parent_id = sub.id
)
SELECT sub.root, s.id, s.title, s.title_is_derived, s.abstract, s.year, s.published_on, s.doi, s.url, s.journal_id, s.volume, s.issue,
  s.pages, s.design, s.location, s.data_collected_from, s.data_collected_to, s.keywords, s.citation_count, s.source_file, s.source_kind
FROM sub
JOIN study_theme st ON st.theme_id = sub.id
JOIN study s ON s.id = st.study_id
GROUP BY sub.root, s.id
ORDER BY sub.root, (s.year IS NULL), s.year DESC, s.id;
