-- The themes in $themeIds and every theme below them (a study filter by themes matches their descendants too).
WITH RECURSIVE d(id) AS (
  SELECT value FROM json_each($themeIds)
  UNION
  SELECT c.id FROM theme c JOIN d ON c.parent_id = d.id
)
SELECT id FROM d;
