-- Adds ($sign = 1) or takes away ($sign = -1) study $study's part of the counts of `stats` (graph_count): the study,
-- its findings, and its relationships (REPORTS and ABOUT per finding, FROM_PERSPECTIVE_OF, CONCERNS, SAMPLED,
-- PUBLISHED_IN, AUTHORED, USED_METHOD, CONDUCTED_IN). Run with -1 before the study is deleted and with 1 after it is
-- inserted; its authors and journal are counted by their own triggers (CountTriggers.sql).
UPDATE graph_count SET
  studies = studies + $sign * (SELECT COUNT(*) FROM study WHERE id = $study),
  findings = findings + $sign * (SELECT COUNT(*) FROM finding WHERE study_id = $study),
  relationships = relationships + $sign * (
    (SELECT COUNT(*) FROM study WHERE id = $study AND journal_id IS NOT NULL)
    + (SELECT 2 * COUNT(*) FROM finding WHERE study_id = $study)
    + (SELECT COUNT(*) FROM finding f JOIN finding_perspective fp ON fp.finding_id = f.id WHERE f.study_id = $study)
    + (SELECT COUNT(*) FROM finding f JOIN finding_about fa ON fa.finding_id = f.id WHERE f.study_id = $study)
    + (SELECT COUNT(*) FROM participation WHERE study_id = $study)
    + (SELECT COUNT(*) FROM authored WHERE study_id = $study)
    + (SELECT COUNT(*) FROM study_method WHERE study_id = $study)
    + (SELECT COUNT(*) FROM study_setting WHERE study_id = $study))
WHERE id = 1;
