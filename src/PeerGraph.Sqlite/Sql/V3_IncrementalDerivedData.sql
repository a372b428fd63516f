-- Version 3: derived data that follows writes instead of being recounted.
--
-- 1. The counts of `stats`, kept in one row by triggers on every table they count, so every insert and delete (a
--    cascade included) moves them inside its own transaction. Relationships as in the graph model: REPORTS and
--    ABOUT (two per finding), FROM_PERSPECTIVE_OF, CONCERNS, SAMPLED, PUBLISHED_IN, AUTHORED, USED_METHOD,
--    CONDUCTED_IN, SUBTHEME_OF.
CREATE TABLE graph_count (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  studies INTEGER NOT NULL,
  themes INTEGER NOT NULL,
  findings INTEGER NOT NULL,
  groups INTEGER NOT NULL,
  authors INTEGER NOT NULL,
  journals INTEGER NOT NULL,
  relationships INTEGER NOT NULL
);
INSERT INTO graph_count (id, studies, themes, findings, groups, authors, journals, relationships)
SELECT 1, (SELECT COUNT(*) FROM study), (SELECT COUNT(*) FROM theme), (SELECT COUNT(*) FROM finding),
  (SELECT COUNT(*) FROM stakeholder_group), (SELECT COUNT(*) FROM author), (SELECT COUNT(*) FROM journal),
  (SELECT 2 * COUNT(*) FROM finding) + (SELECT COUNT(*) FROM finding_perspective) + (SELECT COUNT(*) FROM finding_about) +
  (SELECT COUNT(*) FROM participation) + (SELECT COUNT(*) FROM study WHERE journal_id IS NOT NULL) + (SELECT COUNT(*) FROM authored) +
  (SELECT COUNT(*) FROM study_method) + (SELECT COUNT(*) FROM study_setting) + (SELECT COUNT(*) FROM theme WHERE parent_id IS NOT NULL);

CREATE TRIGGER count_study_insert AFTER INSERT ON study BEGIN
  UPDATE graph_count SET studies = studies + 1, relationships = relationships + (NEW.journal_id IS NOT NULL) WHERE id = 1;
END;
CREATE TRIGGER count_study_delete AFTER DELETE ON study BEGIN
  UPDATE graph_count SET studies = studies - 1, relationships = relationships - (OLD.journal_id IS NOT NULL) WHERE id = 1;
END;
CREATE TRIGGER count_study_journal AFTER UPDATE OF journal_id ON study BEGIN
  UPDATE graph_count SET relationships = relationships + (NEW.journal_id IS NOT NULL) - (OLD.journal_id IS NOT NULL) WHERE id = 1;
END;
CREATE TRIGGER count_theme_insert AFTER INSERT ON theme BEGIN
  UPDATE graph_count SET themes = themes + 1, relationships = relationships + (NEW.parent_id IS NOT NULL) WHERE id = 1;
END;
CREATE TRIGGER count_theme_delete AFTER DELETE ON theme BEGIN
  UPDATE graph_count SET themes = themes - 1, relationships = relationships - (OLD.parent_id IS NOT NULL) WHERE id = 1;
END;
CREATE TRIGGER count_theme_parent AFTER UPDATE OF parent_id ON theme BEGIN
  UPDATE graph_count SET relationships = relationships + (NEW.parent_id IS NOT NULL) - (OLD.parent_id IS NOT NULL) WHERE id = 1;
END;
CREATE TRIGGER count_finding_insert AFTER INSERT ON finding BEGIN
  UPDATE graph_count SET findings = findings + 1, relationships = relationships + 2 WHERE id = 1;
END;
CREATE TRIGGER count_finding_delete AFTER DELETE ON finding BEGIN
  UPDATE graph_count SET findings = findings - 1, relationships = relationships - 2 WHERE id = 1;
END;
CREATE TRIGGER count_group_insert AFTER INSERT ON stakeholder_group BEGIN
  UPDATE graph_count SET groups = groups + 1 WHERE id = 1;
END;
CREATE TRIGGER count_group_delete AFTER DELETE ON stakeholder_group BEGIN
  UPDATE graph_count SET groups = groups - 1 WHERE id = 1;
END;
CREATE TRIGGER count_author_insert AFTER INSERT ON author BEGIN
  UPDATE graph_count SET authors = authors + 1 WHERE id = 1;
END;
CREATE TRIGGER count_author_delete AFTER DELETE ON author BEGIN
  UPDATE graph_count SET authors = authors - 1 WHERE id = 1;
END;
CREATE TRIGGER count_journal_insert AFTER INSERT ON journal BEGIN
  UPDATE graph_count SET journals = journals + 1 WHERE id = 1;
END;
CREATE TRIGGER count_journal_delete AFTER DELETE ON journal BEGIN
  UPDATE graph_count SET journals = journals - 1 WHERE id = 1;
END;
CREATE TRIGGER count_perspective_insert AFTER INSERT ON finding_perspective BEGIN
  UPDATE graph_count SET relationships = relationships + 1 WHERE id = 1;
END;
CREATE TRIGGER count_perspective_delete AFTER DELETE ON finding_perspective BEGIN
  UPDATE graph_count SET relationships = relationships - 1 WHERE id = 1;
END;
CREATE TRIGGER count_about_insert AFTER INSERT ON finding_about BEGIN
  UPDATE graph_count SET relationships = relationships + 1 WHERE id = 1;
END;
CREATE TRIGGER count_about_delete AFTER DELETE ON finding_about BEGIN
  UPDATE graph_count SET relationships = relationships - 1 WHERE id = 1;
END;
CREATE TRIGGER count_participation_insert AFTER INSERT ON participation BEGIN
  UPDATE graph_count SET relationships = relationships + 1 WHERE id = 1;
END;
CREATE TRIGGER count_participation_delete AFTER DELETE ON participation BEGIN
  UPDATE graph_count SET relationships = relationships - 1 WHERE id = 1;
END;
CREATE TRIGGER count_authored_insert AFTER INSERT ON authored BEGIN
  UPDATE graph_count SET relationships = relationships + 1 WHERE id = 1;
END;
CREATE TRIGGER count_authored_delete AFTER DELETE ON authored BEGIN
  UPDATE graph_count SET relationships = relationships - 1 WHERE id = 1;
END;
CREATE TRIGGER count_study_method_insert AFTER INSERT ON study_method BEGIN
  UPDATE graph_count SET relationships = relationships + 1 WHERE id = 1;
END;
CREATE TRIGGER count_study_method_delete AFTER DELETE ON study_method BEGIN
  UPDATE graph_count SET relationships = relationships - 1 WHERE id = 1;
END;
CREATE TRIGGER count_study_setting_insert AFTER INSERT ON study_setting BEGIN
  UPDATE graph_count SET relationships = relationships + 1 WHERE id = 1;
END;
CREATE TRIGGER count_study_setting_delete AFTER DELETE ON study_setting BEGIN
  UPDATE graph_count SET relationships = relationships - 1 WHERE id = 1;
END;

-- 2. Search documents at rowids derived from their record's rowid (study * 4 + 1, finding * 4 + 2, theme * 4 + 3),
--    so a write deletes a study's documents by rowid instead of scanning the whole index for its node ids
--    (node_id is UNINDEXED). Rowids of study, finding and theme never change: PeerGraph never runs VACUUM, and
--    study_theme already keeps study and theme rowids.
DELETE FROM search_doc;
INSERT INTO search_doc (rowid, kind, node_id, heading, keywords, body, evidence)
SELECT s.rowid * 4 + 1, 'Study', s.id, s.title, (SELECT group_concat(value, ' ') FROM json_each(s.keywords)), s.abstract, NULL FROM study s;
INSERT INTO search_doc (rowid, kind, node_id, heading, keywords, body, evidence)
SELECT f.rowid * 4 + 2, 'Finding', f.id, NULL, NULL, f.statement, f.evidence FROM finding f;
INSERT INTO search_doc (rowid, kind, node_id, heading, keywords, body, evidence)
SELECT t.rowid * 4 + 3, 'Theme', t.id, t.name, NULL, t.description, NULL FROM theme t;
