MATCH (s:Study)-[:PUBLISHED_IN]->(j:Journal)
WHERE j.id IN $ids
RETURN j.id AS key, s {.*, journalId: COLLECT { MATCH (s)-[:PUBLISHED_IN]->(sj:Journal) RETURN sj.id }[0]} AS value
ORDER BY key, s.year IS NULL, s.year DESC, s.id
