-- After a seed load's transaction: the write connection enforces foreign keys again (ForeignKeysOff.sql).
PRAGMA foreign_keys = ON;
