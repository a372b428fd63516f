MATCH (t:Theme)
WHERE $all
  OR ($parentId IS NULL AND NOT EXISTS { (t)-[:SUBTHEME_OF]->(:Theme) })
  OR EXISTS { (t)-[:SUBTHEME_OF]->(:Theme {id: $parentId}) }
RETURN t {.*, parentId: COLLECT { MATCH (t)-[:SUBTHEME_OF]->(p:Theme) RETURN p.id }[0]} AS value
ORDER BY t.ordinal
