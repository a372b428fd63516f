-- Version 5: search_doc becomes a plain table. Search and the studies' text filter are answered by the in-memory
-- index built from these texts at start (Search/SearchIndex.cs), so FTS5's own index of them was only built and kept
-- up to date, at every write and for a third of a seed load's time, to be read by nothing. The documents keep their
-- keys (doc_key is the rowid: study rowid * 4 + 1, finding * 4 + 2, theme * 4 + 3) and their texts.
CREATE TABLE search_doc_v5 (
  doc_key INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  node_id TEXT NOT NULL,
  heading TEXT,
  keywords TEXT,
  body TEXT,
  evidence TEXT
);
INSERT INTO search_doc_v5 (doc_key, kind, node_id, heading, keywords, body, evidence)
SELECT rowid, kind, node_id, heading, keywords, body, evidence FROM search_doc ORDER BY rowid;
DROP TABLE search_doc;
ALTER TABLE search_doc_v5 RENAME TO search_doc;
-- Indexes no statement's plan uses any more (EXPLAIN QUERY PLAN of every file in Sql/Statements/): the study orders
-- (study pages are ordered in memory, SqliteGraphStore.ThemeSets.cs) and study_theme by its numbers. Every write of a
-- study kept them up to date and every seed load built them.
DROP INDEX IF EXISTS study_by_year_desc;
DROP INDEX IF EXISTS study_by_year_asc;
DROP INDEX IF EXISTS study_by_title;
DROP INDEX IF EXISTS study_by_citations;
DROP INDEX IF EXISTS study_theme_by_theme_no;
