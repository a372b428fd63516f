-- Puts the database file in write-ahead-log mode (the file keeps it); returns the journal mode in force. No parameters.
PRAGMA journal_mode = WAL;
