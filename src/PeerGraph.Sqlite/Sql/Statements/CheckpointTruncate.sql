-- After a seed load: the whole graph, written in one transaction, is in the write-ahead log. Folding it into the
-- database file now (and emptying the log) spares every later read and write a lookup through a log as large as the
-- database, and the first write after the load the copy.
PRAGMA wal_checkpoint(TRUNCATE);
