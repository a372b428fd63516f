-- Version 4: a write of a study counts its own rows for `stats` once (Statements/AddStudyToCounts.sql, with the
-- study's part taken out before it is deleted and added after it is inserted) instead of a trigger per row; the
-- triggers of themes, groups, authors and journals stay (CountTriggers.sql). Also applied to a database made at
-- version 3, whose CountTriggers.sql still had these.
DROP TRIGGER IF EXISTS count_study_insert;
DROP TRIGGER IF EXISTS count_study_delete;
DROP TRIGGER IF EXISTS count_study_journal;
DROP TRIGGER IF EXISTS count_finding_insert;
DROP TRIGGER IF EXISTS count_finding_delete;
DROP TRIGGER IF EXISTS count_perspective_insert;
DROP TRIGGER IF EXISTS count_perspective_delete;
DROP TRIGGER IF EXISTS count_about_insert;
DROP TRIGGER IF EXISTS count_about_delete;
DROP TRIGGER IF EXISTS count_participation_insert;
DROP TRIGGER IF EXISTS count_participation_delete;
DROP TRIGGER IF EXISTS count_authored_insert;
DROP TRIGGER IF EXISTS count_authored_delete;
DROP TRIGGER IF EXISTS count_study_method_insert;
DROP TRIGGER IF EXISTS count_study_method_delete;
DROP TRIGGER IF EXISTS count_study_setting_insert;
DROP TRIGGER IF EXISTS count_study_setting_delete;
