MATCH (s:Study)-[:REPORTS]->(f:Finding)-[:FROM_PERSPECTIVE_OF]->(g:StakeholderGroup)
WHERE g.id IN $ids
  AND ($themeId IS NULL OR EXISTS { (f)-[:ABOUT]->(:Theme)-[:SUBTHEME_OF*0..]->(:Theme {id: $themeId}) })
RETURN g.id AS key, f {.*, studyId: COLLECT { MATCH (st:Study)-[:REPORTS]->(f) RETURN st.id }[0], themeId: COLLECT { MATCH (f)-[:ABOUT]->(th:Theme) RETURN th.id }[0], perspectiveIds: COLLECT { MATCH (f)-[r:FROM_PERSPECTIVE_OF]->(pg:StakeholderGroup) RETURN pg.id ORDER BY r.ordinal }, aboutIds: COLLECT { MATCH (f)-[r:CONCERNS]->(ag:StakeholderGroup) RETURN ag.id ORDER BY r.ordinal }} AS value
ORDER BY key, s.year IS NULL, s.year DESC, s.id, f.ordinal
