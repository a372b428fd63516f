UNWIND $pairs AS pair
MATCH (a:Theme {id: pair.themeA})<-[:ABOUT]-(:Finding)<-[:REPORTS]-(s:Study)-[:REPORTS]->(:Finding)-[:ABOUT]->(b:Theme {id: pair.themeB})
WITH DISTINCT pair, s
RETURN pair.themeA AS themeA, pair.themeB AS themeB, s {.*, journalId: COLLECT { MATCH (s)-[:PUBLISHED_IN]->(j:Journal) RETURN j.id }[0]} AS value
ORDER BY themeA, themeB, s.year IS NULL, s.year DESC, s.id
