-- A seed load that can have the database file to itself writes it through a rollback journal instead of the
-- write-ahead log (SqliteGraphStore.Writes.cs, LoadJournal); UseWalJournal.sql puts it back. Returns the mode in force.
PRAGMA journal_mode = DELETE;
