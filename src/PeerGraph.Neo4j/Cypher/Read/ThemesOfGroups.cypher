MATCH (t:Theme)<-[:ABOUT]-(:Finding)-[:FROM_PERSPECTIVE_OF]->(g:StakeholderGroup)
WHERE g.id IN $ids
WITH DISTINCT g, t
RETURN g.id AS key, t {.*, parentId: COLLECT { MATCH (t)-[:SUBTHEME_OF]->(p:Theme) RETURN p.id }[0]} AS value
ORDER BY key, t.ordinal
