MATCH (a:Theme)<-[:ABOUT]-(:Finding)<-[:REPORTS]-(s:Study)-[:REPORTS]->(:Finding)-[:ABOUT]->(b:Theme)
WHERE a.id < b.id
WITH a, b, count(DISTINCT s) AS shared
WHERE shared >= $minShared
WITH a, b, shared,
  COUNT { MATCH (x:Study)-[:REPORTS]->(:Finding)-[:ABOUT]->(a) RETURN DISTINCT x } AS studiesOfA,
  COUNT { MATCH (y:Study)-[:REPORTS]->(:Finding)-[:ABOUT]->(b) RETURN DISTINCT y } AS studiesOfB
RETURN a.id AS themeA, b.id AS themeB, shared, toFloat(shared) / (studiesOfA + studiesOfB - shared) AS jaccard
ORDER BY shared DESC, jaccard DESC, themeA, themeB
LIMIT $first
