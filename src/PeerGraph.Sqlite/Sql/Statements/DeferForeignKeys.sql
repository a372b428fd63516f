-- Foreign keys checked at commit for the rest of the write transaction (SqliteRecordWriter.BeginAsync).
PRAGMA defer_foreign_keys = ON;
