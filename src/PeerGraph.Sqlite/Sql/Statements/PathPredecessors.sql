-- Rows (kind, id, predecessor kind, predecessor id, relationship type, 1 when stored predecessor -> node): every predecessor row on a shortest path to node ($kind, $id).
WITH RECURSIVE back(kind, id) AS (
  SELECT $kind, $id
  UNION
  SELECT p.pred_kind, p.pred_id FROM temp.path_pred p JOIN back b ON p.kind = b.kind AND p.id = b.id
)
SELECT p.kind, p.id, p.pred_kind, p.pred_id, p.rel_type, p.fwd
FROM temp.path_pred p
JOIN back b ON p.kind = b.kind AND p.id = b.id
ORDER BY p.kind, p.id, p.pred_kind, p.pred_id, p.rel_type;
