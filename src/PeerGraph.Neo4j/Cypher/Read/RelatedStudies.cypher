MATCH (s:Study)
WHERE s.id IN $ids
MATCH (s)-[:REPORTS]->(:Finding)-[:ABOUT]->(t:Theme)<-[:ABOUT]-(:Finding)<-[:REPORTS]-(o:Study)
WHERE o <> s
WITH s, o, count(DISTINCT t) AS shared
WITH s, o, shared, toFloat(shared) / (s.themeCount + o.themeCount - shared) AS similarity
ORDER BY similarity DESC, shared DESC, o.id
WITH s, collect({other: o, similarity: similarity})[0..$first] AS top
UNWIND top AS related
WITH s, related.other AS o, related.similarity AS similarity
RETURN s.id AS key, {
  studyId: o.id,
  similarity: similarity,
  sharedThemeIds: COLLECT {
    MATCH (s)-[:REPORTS]->(f:Finding)-[:ABOUT]->(t:Theme)
    WHERE EXISTS { (t)<-[:ABOUT]-(:Finding)<-[:REPORTS]-(o) }
    WITH t, min(f.ordinal) AS firstMention
    RETURN t.id ORDER BY firstMention
  }
} AS value
