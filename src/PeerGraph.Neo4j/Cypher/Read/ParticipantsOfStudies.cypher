MATCH (s:Study)-[r:SAMPLED]->(g:StakeholderGroup)
WHERE s.id IN $ids
RETURN s.id AS key, {studyId: s.id, groupId: g.id, count: r.count, note: r.note} AS value
ORDER BY key, r.ordinal
