MATCH (s:Study)
WHERE ($textIds IS NULL OR s.id IN $textIds)
  AND ($yearFrom IS NULL OR s.year >= $yearFrom)
  AND ($yearTo IS NULL OR s.year <= $yearTo)
  AND ($themeIds IS NULL OR EXISTS { (s)-[:REPORTS]->(:Finding)-[:ABOUT]->(:Theme)-[:SUBTHEME_OF*0..]->(t:Theme) WHERE t.id IN $themeIds })
  AND ($participantGroupIds IS NULL OR EXISTS { (s)-[:SAMPLED]->(g:StakeholderGroup) WHERE g.id IN $participantGroupIds })
  AND ($perspectiveIds IS NULL OR EXISTS { (s)-[:REPORTS]->(:Finding)-[:FROM_PERSPECTIVE_OF]->(g:StakeholderGroup) WHERE g.id IN $perspectiveIds })
  AND ($methodIds IS NULL OR EXISTS { (s)-[:USED_METHOD]->(m:Method) WHERE m.id IN $methodIds })
  AND ($journalId IS NULL OR EXISTS { (s)-[:PUBLISHED_IN]->(:Journal {id: $journalId}) })
  AND ($doi IS NULL OR s.doiKey = $doi)
  AND ($afterId IS NULL OR s.titleSort > $afterText OR (s.titleSort = $afterText AND s.id > $afterId))
RETURN s {.*, journalId: COLLECT { MATCH (s)-[:PUBLISHED_IN]->(j:Journal) RETURN j.id }[0]} AS value
ORDER BY s.titleSort, s.id
LIMIT $limit
