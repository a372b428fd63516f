-- One evidence cell counted by a seed load as its studies were written (SeedDerivedData.cs).
INSERT INTO evidence_cell (theme_id, group_id, study_count, finding_count) VALUES ($theme, $group, $studies, $findings);
