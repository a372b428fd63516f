CALL db.index.fulltext.queryNodes('search', $query) YIELD node
WITH node
WHERE node:Study
RETURN collect(node.id) AS ids
