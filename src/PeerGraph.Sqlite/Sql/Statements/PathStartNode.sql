-- Starts a path search (PathsAsync) at node ($kind, $id), distance 0. Returns nothing.
INSERT INTO temp.path_node (kind, id, dist) VALUES ($kind, $id, 0);
