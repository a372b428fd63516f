MATCH (s:Study)-[:CONDUCTED_IN]->(x:Setting)
WHERE x.id IN $ids
RETURN x.id AS key, s {.*, journalId: COLLECT { MATCH (s)-[:PUBLISHED_IN]->(j:Journal) RETURN j.id }[0]} AS value
ORDER BY key, s.year IS NULL, s.year DESC, s.id
