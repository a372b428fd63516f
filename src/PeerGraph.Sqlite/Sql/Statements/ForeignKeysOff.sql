-- Before a seed load's transaction (it cannot change inside one): SQLite copies a table record by record, without
-- decoding it, into a table with foreign keys only when the connection does not enforce them (insert.c,
-- xferOptimization), and a load copies its side database's tables that way (LoadSideDatabase.cs). So the load checks
-- every reference itself: each group, theme and method a study names (LoadNumbers, SqliteRecordWriter.Load.cs) and
-- each theme's parent (SqliteGraphStore.Writes.cs), whether or not the seed was validated as it was read; the rest are
-- to records the load itself wrote (SeedLoadContentTests: no load leaves a row PRAGMA foreign_key_check reports).
PRAGMA foreign_keys = OFF;
