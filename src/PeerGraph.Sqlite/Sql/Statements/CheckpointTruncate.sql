-- Copies every committed write from the write-ahead log into the database file and empties the log; one row (busy:
-- 1 when a reader or writer kept it from finishing, pages in the log, pages copied). After a seed load: the whole
-- graph, written in one transaction, is in the log, and folding it in now spares every later read and write a lookup
-- through a log as large as the database (and the first write after the load the copy). Also
-- SqliteMaintenance.CheckpointAsync.
PRAGMA wal_checkpoint(TRUNCATE);
