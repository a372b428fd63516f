-- A seed load's side database (LoadSideDatabase.cs): a scratch file, deleted after the load whatever its outcome, so
-- it needs no journal and no sync; the main file's transaction is what makes the load atomic. A page cache of
-- 96 MiB (SQLite's default is 2 MiB) beside the load's 256 MiB (BulkLoadCacheSize.sql). Foreign keys off: the parents
-- are in the main file (the SQLite build Microsoft.Data.Sqlite bundles enforces them by default).
PRAGMA foreign_keys = OFF;
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -98304;
