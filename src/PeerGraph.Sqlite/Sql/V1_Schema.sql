-- PeerGraph SQLite schema, version 1. Mirrors the graph model of architecture.md: one table per node label,
-- one per relationship that is not a column. Ids are the slugs; ordinals keep the seed's order.
CREATE TABLE stakeholder_group (
  id TEXT PRIMARY KEY,
  ordinal INTEGER NOT NULL,
  name TEXT NOT NULL,
  description TEXT,
  synonyms TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE theme (
  id TEXT PRIMARY KEY,
  ordinal INTEGER NOT NULL,
  name TEXT NOT NULL,
  description TEXT,
  parent_id TEXT REFERENCES theme(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX theme_by_parent ON theme(parent_id, ordinal);
CREATE INDEX theme_by_ordinal ON theme(ordinal);
CREATE TABLE method (
  id TEXT PRIMARY KEY,
  ordinal INTEGER NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('DATA_COLLECTION', 'ANALYSIS'))
);
CREATE TABLE journal (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  issn TEXT NOT NULL DEFAULT '[]',
  publisher TEXT
);
CREATE INDEX journal_by_name ON journal(name, id);
CREATE TABLE author (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE INDEX author_by_name ON author(name, id);
CREATE TABLE setting (
  id TEXT PRIMARY KEY,
  ordinal INTEGER NOT NULL,
  name TEXT NOT NULL,
  description TEXT
);
CREATE TABLE study (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  title_sort TEXT NOT NULL,
  title_is_derived INTEGER NOT NULL,
  abstract TEXT,
  year INTEGER,
  published_on TEXT,
  doi TEXT,
  doi_key TEXT UNIQUE,
  url TEXT,
  journal_id TEXT REFERENCES journal(id),
  volume TEXT,
  issue TEXT,
  pages TEXT,
  design TEXT,
  location TEXT,
  data_collected_from TEXT,
  data_collected_to TEXT,
  keywords TEXT NOT NULL DEFAULT '[]',
  citation_count INTEGER,
  source_file TEXT NOT NULL,
  source_kind TEXT,
  theme_count INTEGER NOT NULL DEFAULT 0
);
-- The study orders, nulls last, ties by id: each ORDER BY uses one of these.
CREATE INDEX study_by_year_desc ON study((year IS NULL), year DESC, id);
CREATE INDEX study_by_year_asc ON study((year IS NULL), year, id);
CREATE INDEX study_by_title ON study(title_sort, id);
CREATE INDEX study_by_citations ON study((citation_count IS NULL), citation_count DESC, id);
CREATE INDEX study_by_journal ON study(journal_id);
-- Range filters (yearFrom/yearTo) and counts over them.
CREATE INDEX study_by_year ON study(year);
CREATE TABLE finding (
  id TEXT PRIMARY KEY,
  study_id TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  theme_id TEXT NOT NULL REFERENCES theme(id),
  statement TEXT NOT NULL,
  evidence TEXT
);
CREATE INDEX finding_by_study ON finding(study_id, ordinal);
CREATE INDEX finding_by_theme ON finding(theme_id, study_id);
CREATE TABLE finding_perspective (
  finding_id TEXT NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
  group_id TEXT NOT NULL REFERENCES stakeholder_group(id),
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (finding_id, group_id)
) WITHOUT ROWID;
CREATE INDEX finding_perspective_by_group ON finding_perspective(group_id, finding_id);
CREATE TABLE finding_about (
  finding_id TEXT NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
  group_id TEXT NOT NULL REFERENCES stakeholder_group(id),
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (finding_id, group_id)
) WITHOUT ROWID;
CREATE INDEX finding_about_by_group ON finding_about(group_id, finding_id);
CREATE TABLE participation (
  study_id TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE,
  group_id TEXT NOT NULL REFERENCES stakeholder_group(id),
  ordinal INTEGER NOT NULL,
  count INTEGER CHECK (count IS NULL OR count > 0),
  note TEXT,
  PRIMARY KEY (study_id, group_id)
) WITHOUT ROWID;
CREATE INDEX participation_by_group ON participation(group_id, study_id);
CREATE TABLE authored (
  study_id TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  author_id TEXT NOT NULL REFERENCES author(id),
  PRIMARY KEY (study_id, position)
) WITHOUT ROWID;
CREATE INDEX authored_by_author ON authored(author_id, study_id);
CREATE TABLE study_method (
  study_id TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE,
  method_id TEXT NOT NULL REFERENCES method(id),
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (study_id, method_id)
) WITHOUT ROWID;
CREATE INDEX study_method_by_method ON study_method(method_id, study_id);
CREATE TABLE study_setting (
  study_id TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE,
  setting_id TEXT NOT NULL REFERENCES setting(id),
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (study_id, setting_id)
) WITHOUT ROWID;
CREATE INDEX study_setting_by_setting ON study_setting(setting_id, study_id);
-- Derived from findings (the distinct themes a study's findings name, in order of first mention):
-- related studies and co-occurrence read it instead of regrouping every finding per request.
-- Related studies count shared themes over every study sharing one, thousands of rows per question: study_no and
-- theme_no (the rowids of study and theme) and theme_count (the study's number of distinct themes) are repeated here
-- so that count runs on a covering index of integers, without reading the (large) study rows or comparing text ids.
CREATE TABLE study_theme (
  study_id TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE,
  theme_id TEXT NOT NULL REFERENCES theme(id),
  ordinal INTEGER NOT NULL,
  theme_count INTEGER NOT NULL,
  study_no INTEGER NOT NULL,
  theme_no INTEGER NOT NULL,
  PRIMARY KEY (study_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX study_theme_by_theme ON study_theme(theme_id, study_id);
CREATE INDEX study_theme_by_theme_no ON study_theme(theme_no, study_no, theme_count);
-- Full-text search over studies (heading = title, keywords, body = abstract), findings (body = statement,
-- evidence) and themes (heading = name, body = description).
CREATE VIRTUAL TABLE search_doc USING fts5(
  kind UNINDEXED, node_id UNINDEXED, heading, keywords, body, evidence,
  tokenize = 'unicode61 remove_diacritics 2'
);
-- Relevance: BM25 with heading x3, keywords x2, body and evidence x1; ORDER BY rank uses it.
INSERT INTO search_doc (search_doc, rank) VALUES ('rank', 'bm25(0.0, 0.0, 3.0, 2.0, 1.0, 1.0)');
-- Materialised roll-ups, recomputed in the transaction of every write (writes are rare, reads are many):
-- per theme (its descendants included) and perspective group, the findings and distinct studies; and per theme
-- (descendants included) the distinct studies. The evidence map and Theme.perspectives/studyCount read them.
CREATE TABLE evidence_cell (
  theme_id TEXT NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
  group_id TEXT NOT NULL REFERENCES stakeholder_group(id) ON DELETE CASCADE,
  study_count INTEGER NOT NULL,
  finding_count INTEGER NOT NULL,
  PRIMARY KEY (theme_id, group_id)
) WITHOUT ROWID;
CREATE TABLE theme_rollup (
  theme_id TEXT PRIMARY KEY REFERENCES theme(id) ON DELETE CASCADE,
  study_count INTEGER NOT NULL
) WITHOUT ROWID;
