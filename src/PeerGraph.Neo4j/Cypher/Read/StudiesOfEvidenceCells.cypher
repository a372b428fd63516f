UNWIND $cells AS cell
MATCH (root:Theme {id: cell.themeId})
MATCH (t:Theme)-[:SUBTHEME_OF*0..]->(root)
MATCH (s:Study)-[:REPORTS]->(f:Finding)-[:ABOUT]->(t)
MATCH (f)-[:FROM_PERSPECTIVE_OF]->(:StakeholderGroup {id: cell.groupId})
WITH DISTINCT cell, s
RETURN cell.themeId AS themeId, cell.groupId AS groupId, s {.*, journalId: COLLECT { MATCH (s)-[:PUBLISHED_IN]->(j:Journal) RETURN j.id }[0]} AS value
ORDER BY themeId, groupId, s.year IS NULL, s.year DESC, s.id
