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

-- The triggers that keep the row are in CountTriggers.sql (applied with this script; a seed load drops them while it
-- writes the whole graph and sets the counts once: Statements/SetGraphCountsOfLoad.sql).

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
