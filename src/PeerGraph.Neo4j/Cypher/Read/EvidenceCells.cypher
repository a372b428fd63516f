UNWIND $themeIds AS rootId
MATCH (root:Theme {id: rootId})
MATCH (t:Theme)-[:SUBTHEME_OF*0..]->(root)
MATCH (s:Study)-[:REPORTS]->(f:Finding)-[:ABOUT]->(t)
MATCH (f)-[:FROM_PERSPECTIVE_OF]->(g:StakeholderGroup)
WHERE g.id IN $groupIds
RETURN root.id AS themeId, g.id AS groupId, count(DISTINCT s) AS studyCount, count(f) AS findingCount
