-- The counts of `stats` counted over the whole graph (after a seed load; otherwise the triggers keep them).
UPDATE graph_count SET
  studies = (SELECT COUNT(*) FROM study),
  themes = (SELECT COUNT(*) FROM theme),
  findings = (SELECT COUNT(*) FROM finding),
  groups = (SELECT COUNT(*) FROM stakeholder_group),
  authors = (SELECT COUNT(*) FROM author),
  journals = (SELECT COUNT(*) FROM journal),
  relationships = (SELECT 2 * COUNT(*) FROM finding) + (SELECT COUNT(*) FROM finding_perspective) + (SELECT COUNT(*) FROM finding_about) +
    (SELECT COUNT(*) FROM participation) + (SELECT COUNT(*) FROM study WHERE journal_id IS NOT NULL) + (SELECT COUNT(*) FROM authored) +
    (SELECT COUNT(*) FROM study_method) + (SELECT COUNT(*) FROM study_setting) + (SELECT COUNT(*) FROM theme WHERE parent_id IS NOT NULL)
WHERE id = 1;
