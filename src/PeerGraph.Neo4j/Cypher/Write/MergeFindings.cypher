UNWIND $rows AS row
MATCH (s:Study {id: row.studyId})
MATCH (t:Theme {id: row.themeId})
MERGE (f:Finding {id: row.id})
SET f.statement = row.statement, f.evidence = row.evidence, f.ordinal = row.ordinal
MERGE (s)-[:REPORTS]->(f)
MERGE (f)-[:ABOUT]->(t)
WITH f, row
CALL (f, row) {
  UNWIND row.perspectives AS perspective
  MATCH (g:StakeholderGroup {id: perspective.id})
  MERGE (f)-[:FROM_PERSPECTIVE_OF {ordinal: perspective.ordinal}]->(g)
}
CALL (f, row) {
  UNWIND row.about AS about
  MATCH (g:StakeholderGroup {id: about.id})
  MERGE (f)-[:CONCERNS {ordinal: about.ordinal}]->(g)
}
