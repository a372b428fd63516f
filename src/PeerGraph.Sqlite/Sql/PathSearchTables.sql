-- The temp tables of one path search (SqliteGraphStore.Paths.cs) on this connection, created when missing and emptied:
-- the nodes reached with their distance, and each reached node's predecessors on shortest paths.
CREATE TEMP TABLE IF NOT EXISTS path_node (kind TEXT NOT NULL, id TEXT NOT NULL, dist INTEGER NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID;
CREATE TEMP TABLE IF NOT EXISTS path_pred (
  kind TEXT NOT NULL, id TEXT NOT NULL, dist INTEGER NOT NULL, pred_kind TEXT NOT NULL, pred_id TEXT NOT NULL, rel_type TEXT NOT NULL, fwd INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS temp.path_pred_by_node ON path_pred (kind, id);
DELETE FROM temp.path_node;
DELETE FROM temp.path_pred;
