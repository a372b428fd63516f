MATCH (t:Theme)
WHERE t.id IN $ids
RETURN t {.*, parentId: COLLECT { MATCH (t)-[:SUBTHEME_OF]->(p:Theme) RETURN p.id }[0]} AS value
