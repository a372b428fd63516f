-- The page cache of the store's one write connection, kept open between writes (SqliteGraphStore.Writes.cs): 8 MiB
-- instead of SQLite's 2 MiB, so an upsert finds the interior pages of the indexes it touches in memory (the leaves of a
-- random study are rarely there in a cache of any size). Not larger: every commit that split or merged a b-tree page
-- walks the whole cache (balance_nonroot renumbers pages through the lock-byte page, 262,145 at 4 KiB, which
-- pcache1Truncate then finds past the end of the file), about 7 % of a title edit's CPU with 32 MiB. A seed load's
-- larger cache (BulkLoadCacheSize.sql) goes with its connection, closed after the load.
PRAGMA cache_size = -8192;
