-- SQLite's check of the whole file (a backup copy): one row, "ok" when whole.
PRAGMA integrity_check;
