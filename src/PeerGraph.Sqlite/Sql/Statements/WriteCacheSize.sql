-- The page cache of the store's one write connection, kept open between writes (SqliteGraphStore.Writes.cs): 32 MiB
-- instead of SQLite's 2 MiB, so an upsert on a large graph finds the index pages it touches in memory instead of
-- reading them again each time. Also set back after a seed load (BulkLoadCacheSize.sql).
PRAGMA cache_size = -32768;
