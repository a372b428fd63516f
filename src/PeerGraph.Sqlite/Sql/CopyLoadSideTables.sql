-- The tables a seed load wrote in its side database (LoadSideDatabase.SideTables), copied into the main file's emptied
-- tables, which have the same definitions and indexes. Each statement is SQLite's transfer form (INSERT INTO ...
-- SELECT * FROM one table, nothing else): with the destination empty and foreign keys not enforced it copies the
-- records and the index entries as they are, in key order, without decoding them (insert.c, xferOptimization).
INSERT INTO main.authored SELECT * FROM load_side.authored;
INSERT INTO main.study_method SELECT * FROM load_side.study_method;
INSERT INTO main.study_setting SELECT * FROM load_side.study_setting;
INSERT INTO main.participation SELECT * FROM load_side.participation;
INSERT INTO main.finding_perspective SELECT * FROM load_side.finding_perspective;
INSERT INTO main.finding_about SELECT * FROM load_side.finding_about;
INSERT INTO main.study_theme SELECT * FROM load_side.study_theme;
