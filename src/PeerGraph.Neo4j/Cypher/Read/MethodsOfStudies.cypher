MATCH (s:Study)-[r:USED_METHOD]->(m:Method)
WHERE s.id IN $ids
RETURN s.id AS key, m {.*} AS value
ORDER BY key, r.ordinal
