-- Before a seed load's transaction (it cannot change inside one): SQLite copies a table record by record, without
-- decoding it, into a table with foreign keys only when the connection does not enforce them (insert.c,
-- xferOptimization), and a load copies its side database's tables that way (LoadSideDatabase.cs). Every reference
-- a load writes was checked as the seed was read (StudyRecordValidator) or is to a record the load itself wrote.
PRAGMA foreign_keys = OFF;
