-- SQLite's default page cache (2 MiB), back on the pooled write connection after a seed load (BulkLoadCacheSize.sql).
PRAGMA cache_size = -2000;
