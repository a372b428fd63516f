MATCH (a:Author)-[:AUTHORED]->(s:Study)
WHERE a.id IN $ids
WITH DISTINCT a, s
RETURN a.id AS key, s {.*, journalId: COLLECT { MATCH (s)-[:PUBLISHED_IN]->(j:Journal) RETURN j.id }[0]} AS value
ORDER BY key, s.year IS NULL, s.year DESC, s.id
