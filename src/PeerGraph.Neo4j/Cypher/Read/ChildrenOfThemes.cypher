MATCH (t:Theme)-[:SUBTHEME_OF]->(p:Theme)
WHERE p.id IN $ids
RETURN p.id AS key, t {.*, parentId: COLLECT { MATCH (t)-[:SUBTHEME_OF]->(tp:Theme) RETURN tp.id }[0]} AS value
ORDER BY key, t.ordinal
