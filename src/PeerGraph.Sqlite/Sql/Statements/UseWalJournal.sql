-- Puts the database file in write-ahead-log mode (the file keeps it); returns the journal mode in force. No parameters.
PRAGMA main.journal_mode = WAL;
