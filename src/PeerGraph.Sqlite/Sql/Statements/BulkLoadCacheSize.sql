-- A seed load writes the whole graph in one transaction: a page cache of 256 MiB (instead of SQLite's 2 MiB) keeps the
-- indexes it fills in memory instead of spilling them to the log and reading them back. WriteCacheSize.sql undoes it.
PRAGMA cache_size = -262144;
