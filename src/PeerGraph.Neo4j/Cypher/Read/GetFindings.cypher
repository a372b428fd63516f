MATCH (f:Finding)
WHERE f.id IN $ids
RETURN f {.*, studyId: COLLECT { MATCH (st:Study)-[:REPORTS]->(f) RETURN st.id }[0], themeId: COLLECT { MATCH (f)-[:ABOUT]->(th:Theme) RETURN th.id }[0], perspectiveIds: COLLECT { MATCH (f)-[r:FROM_PERSPECTIVE_OF]->(pg:StakeholderGroup) RETURN pg.id ORDER BY r.ordinal }, aboutIds: COLLECT { MATCH (f)-[r:CONCERNS]->(ag:StakeholderGroup) RETURN ag.id ORDER BY r.ordinal }} AS value
