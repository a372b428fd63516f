MATCH (s:Study)-[r:CONDUCTED_IN]->(x:Setting)
WHERE s.id IN $ids
RETURN s.id AS key, x {.*} AS value
ORDER BY key, r.ordinal
