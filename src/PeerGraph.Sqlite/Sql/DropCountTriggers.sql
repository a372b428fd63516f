-- Drops the triggers of CountTriggers.sql: a seed load rewrites the whole graph and sets the counts once instead
-- (Statements/SetGraphCountsOfLoad.sql), inside its transaction.
DROP TRIGGER IF EXISTS count_theme_insert;
DROP TRIGGER IF EXISTS count_theme_delete;
DROP TRIGGER IF EXISTS count_theme_parent;
DROP TRIGGER IF EXISTS count_group_insert;
DROP TRIGGER IF EXISTS count_group_delete;
DROP TRIGGER IF EXISTS count_author_insert;
DROP TRIGGER IF EXISTS count_author_delete;
DROP TRIGGER IF EXISTS count_journal_insert;
DROP TRIGGER IF EXISTS count_journal_delete;
