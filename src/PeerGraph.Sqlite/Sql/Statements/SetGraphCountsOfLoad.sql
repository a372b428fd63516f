-- The counts of `stats` after a seed load: the studies, findings and their relationships as the load counted them
-- (SeedDerivedData.cs); the taxonomy, authors and journals counted here (small tables; the count triggers are off
-- while a load writes, DropCountTriggers.sql).
UPDATE graph_count SET
  studies = $studies,
  themes = (SELECT COUNT(*) FROM theme),
  findings = $findings,
  groups = (SELECT COUNT(*) FROM stakeholder_group),
  authors = (SELECT COUNT(*) FROM author),
  journals = (SELECT COUNT(*) FROM journal),
  relationships = $relationships + (SELECT COUNT(*) FROM theme WHERE parent_id IS NOT NULL)
WHERE id = 1;
