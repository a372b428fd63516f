-- Theme $theme and its ancestors (nothing when it does not exist).
WITH RECURSIVE up(id) AS (
  SELECT t.id FROM theme t WHERE t.id = $theme
  UNION
  SELECT t.parent_id FROM up JOIN theme t ON t.id = up.id WHERE t.parent_id IS NOT NULL
)
SELECT id FROM up;
