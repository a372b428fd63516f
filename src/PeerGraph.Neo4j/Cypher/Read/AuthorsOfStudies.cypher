MATCH (a:Author)-[r:AUTHORED]->(s:Study)
WHERE s.id IN $ids
RETURN s.id AS key, a {.*} AS value
ORDER BY key, r.position
