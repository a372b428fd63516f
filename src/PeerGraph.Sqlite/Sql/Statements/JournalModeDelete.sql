-- A backup copy is one file to carry around: no write-ahead log beside it.
PRAGMA journal_mode = DELETE;
