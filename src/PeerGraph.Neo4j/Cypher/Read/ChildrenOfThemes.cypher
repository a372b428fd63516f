MATCH (t:Theme)-[:SUBTHEME_OF]->(p:Theme)
WHERE p.id IN $ids
RETURN p.id AS key, t {.*, parentId: COLLECT { MATCH (t)-[:SUBTHEME_OF]->(p:Theme) RETURN p.id }[0]} AS value
ORDER BY key, t.ordinal
