MATCH (s:Study)-[:REPORTS]->(f:Finding)-[:ABOUT]->(t:Theme)
WHERE s.id IN $ids
WITH s, t, min(f.ordinal) AS firstMention
RETURN s.id AS key, t {.*, parentId: COLLECT { MATCH (t)-[:SUBTHEME_OF]->(p:Theme) RETURN p.id }[0]} AS value
ORDER BY key, firstMention
