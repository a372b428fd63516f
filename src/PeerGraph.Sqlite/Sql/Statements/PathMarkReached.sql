-- Marks the nodes the last PathExpand.sql found, at distance $next, as reached. Returns nothing.
INSERT OR IGNORE INTO temp.path_node (kind, id, dist) SELECT kind, id, dist FROM temp.path_pred WHERE dist = $next;
