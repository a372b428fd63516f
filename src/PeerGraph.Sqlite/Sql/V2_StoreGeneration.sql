-- The store's generation: every write transaction adds one (SqliteGraphStore.InTransactionAsync), so a reader can
-- tell in one cheap statement whether anything changed since it last looked, whichever process wrote.
-- The question cache (QuestionCache.cs) drops its answers when the generation moves.
CREATE TABLE store_generation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  value INTEGER NOT NULL
);
INSERT INTO store_generation (id, value) VALUES (1, 0);
