-- 1 when the path search has reached node ($kind, $id), else 0.
SELECT EXISTS (SELECT 1 FROM temp.path_node WHERE kind = $kind AND id = $id);
