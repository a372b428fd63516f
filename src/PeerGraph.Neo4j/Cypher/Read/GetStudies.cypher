MATCH (s:Study)
WHERE s.id IN $ids
RETURN s {.*, journalId: COLLECT { MATCH (s)-[:PUBLISHED_IN]->(j:Journal) RETURN j.id }[0]} AS value
