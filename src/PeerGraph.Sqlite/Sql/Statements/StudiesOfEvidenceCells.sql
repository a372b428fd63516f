-- Rows (theme id, group id, study) for the cells in $cells (a JSON list of [theme id, group id]): the studies with a finding on the theme or a descendant from the group's perspective, once, newest first.
WITH RECURSIVE
  cell(theme_id, group_id) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each($cells)),
  sub(root, id) AS (SELECT DISTINCT theme_id, theme_id FROM cell UNION ALL SELECT sub.root, c.id FROM theme c JOIN sub ON c.parent_id = sub.id)
SELECT cell.theme_id, cell.group_id, s.id, s.title, s.title_is_derived, s.abstract, s.year, s.published_on, s.doi, s.url, s.journal_id, s.volume, s.issue,
  s.pages, s.design, s.location, s.data_collected_from, s.data_collected_to, s.keywords, s.citation_count, s.source_file, s.source_kind
FROM cell
JOIN sub ON sub.root = cell.theme_id
JOIN finding f ON f.theme_id = sub.id
JOIN finding_perspective fp ON fp.finding_id = f.id AND fp.group_id = cell.group_id
JOIN study s ON s.id = f.study_id
GROUP BY cell.theme_id, cell.group_id, s.id
ORDER BY cell.theme_id, cell.group_id, (s.year IS NULL), s.year DESC, s.id;
