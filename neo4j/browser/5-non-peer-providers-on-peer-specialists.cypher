// What non-peer providers say about peer specialists, with the verbatim evidence.
MATCH (s:Study)-[:REPORTS]->(f:Finding)-[:FROM_PERSPECTIVE_OF]->(:StakeholderGroup {id: 'non-peer-provider'})
MATCH (f)-[:CONCERNS]->(:StakeholderGroup {id: 'peer-specialist'})
MATCH (f)-[:ABOUT]->(t:Theme)
RETURN s.title AS study, t.name AS theme, f.statement AS finding, f.evidence AS evidence
ORDER BY study, theme
