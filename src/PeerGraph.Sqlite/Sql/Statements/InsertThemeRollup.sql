-- One theme's study count (its descendants included), counted by a seed load as its studies were written (SeedDerivedData.cs).
INSERT INTO theme_rollup (theme_id, study_count) VALUES ($theme, $studies);
