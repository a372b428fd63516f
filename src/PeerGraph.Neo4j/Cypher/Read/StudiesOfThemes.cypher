MATCH (root:Theme)
WHERE root.id IN $ids
MATCH (t:Theme)-[:SUBTHEME_OF*0..]->(root)
MATCH (s:Study)-[:REPORTS]->(:Finding)-[:ABOUT]->(t)
WITH DISTINCT root, s
RETURN root.id AS key, s {.*, journalId: COLLECT { MATCH (s)-[:PUBLISHED_IN]->(j:Journal) RETURN j.id }[0]} AS value
ORDER BY key, s.year IS NULL, s.year DESC, s.id
