-- One row when theme $theme exists: its parent (NULL for a top-level theme).
SELECT t.parent_id FROM theme t WHERE t.id = $theme;
