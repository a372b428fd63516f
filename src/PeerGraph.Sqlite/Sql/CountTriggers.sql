-- The triggers that keep graph_count (V3_IncrementalDerivedData.sql): every insert and delete (a cascade included) of
-- a counted row moves the counts inside its own transaction.
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
