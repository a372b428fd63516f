MATCH (root:Theme)
WHERE root.id IN $ids
MATCH (t:Theme)-[:SUBTHEME_OF*0..]->(root)
WHERE $includeDescendants OR t = root
MATCH (s:Study)-[:REPORTS]->(f:Finding)-[:ABOUT]->(t)
WHERE $perspectiveId IS NULL OR EXISTS { (f)-[:FROM_PERSPECTIVE_OF]->(:StakeholderGroup {id: $perspectiveId}) }
RETURN root.id AS key, f {.*, studyId: COLLECT { MATCH (st:Study)-[:REPORTS]->(f) RETURN st.id }[0], themeId: COLLECT { MATCH (f)-[:ABOUT]->(th:Theme) RETURN th.id }[0], perspectiveIds: COLLECT { MATCH (f)-[r:FROM_PERSPECTIVE_OF]->(pg:StakeholderGroup) RETURN pg.id ORDER BY r.ordinal }, aboutIds: COLLECT { MATCH (f)-[r:CONCERNS]->(ag:StakeholderGroup) RETURN ag.id ORDER BY r.ordinal }} AS value
ORDER BY key, s.year IS NULL, s.year DESC, s.id, f.ordinal
