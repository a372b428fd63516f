MATCH (root:Theme)
WHERE root.id IN $ids
MATCH (t:Theme)-[:SUBTHEME_OF*0..]->(root)
MATCH (s:Study)-[:REPORTS]->(f:Finding)-[:ABOUT]->(t)
MATCH (f)-[:FROM_PERSPECTIVE_OF]->(g:StakeholderGroup)
WITH root, g, count(DISTINCT s) AS studies, count(f) AS findings
RETURN root.id AS key, {groupId: g.id, studyCount: studies, findingCount: findings} AS value
ORDER BY key, studies DESC, findings DESC, g.ordinal
