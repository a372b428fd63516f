-- The counts of `stats`, kept by the triggers of V3_IncrementalDerivedData.sql.
SELECT studies, themes, findings, groups, authors, journals, relationships FROM graph_count WHERE id = 1;
