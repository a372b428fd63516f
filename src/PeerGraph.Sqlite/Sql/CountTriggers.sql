-- The triggers that keep graph_count (V3_IncrementalDerivedData.sql) for the records a write of a study does not
-- count itself: themes, groups, and the authors and journals a study write creates (a merge that changes nothing
-- fires no trigger) or leaves orphaned. A study's own rows (the study, its findings and links) are counted by the
-- write, once per study (Statements/AddStudyToCounts.sql): as triggers they ran once per row, about 1.4 ms of
-- SQLite's CPU per upsert of a 6-finding study (V4_StudyCountsByWrites.sql dropped them).
CREATE TRIGGER count_theme_insert AFTER INSERT ON theme BEGIN
  UPDATE graph_count SET themes = themes + 1, relationships = relationships + (NEW.parent_id IS NOT NULL) WHERE id = 1;
END;
CREATE TRIGGER count_theme_delete AFTER DELETE ON theme BEGIN
  UPDATE graph_count SET themes = themes - 1, relationships = relationships - (OLD.parent_id IS NOT NULL) WHERE id = 1;
END;
CREATE TRIGGER count_theme_parent AFTER UPDATE OF parent_id ON theme BEGIN
  UPDATE graph_count SET relationships = relationships + (NEW.parent_id IS NOT NULL) - (OLD.parent_id IS NOT NULL) WHERE id = 1;
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
