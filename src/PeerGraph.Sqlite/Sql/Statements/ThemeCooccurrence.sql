-- Rows (theme a, theme b, shared studies, Jaccard similarity): the first $first theme pairs that share at least $min studies, most shared first.
WITH
  per_theme AS (SELECT theme_id, COUNT(*) AS n FROM study_theme GROUP BY theme_id),
  pair AS (
    SELECT a.theme_id AS ta, b.theme_id AS tb, COUNT(*) AS shared
    FROM study_theme a
    JOIN study_theme b ON b.study_id = a.study_id AND b.theme_id > a.theme_id
    GROUP BY a.theme_id, b.theme_id
    HAVING COUNT(*) >= $min
  )
SELECT p.ta, p.tb, p.shared, CAST(p.shared AS REAL) / (x.n + y.n - p.shared) AS jaccard
FROM pair p
JOIN per_theme x ON x.theme_id = p.ta
JOIN per_theme y ON y.theme_id = p.tb
ORDER BY p.shared DESC, jaccard DESC, p.ta, p.tb
LIMIT $first;
