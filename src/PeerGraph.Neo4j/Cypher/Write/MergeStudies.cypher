UNWIND $rows AS row
MERGE (s:Study {id: row.id})
SET s += row.properties
WITH s, row
CALL (s, row) {
  UNWIND row.journals AS journal
  MERGE (j:Journal {id: journal.id})
  ON CREATE SET j.name = journal.name, j.issn = [], j.publisher = journal.publisher
  SET j.issn = j.issn + [x IN journal.issn WHERE NOT x IN j.issn], j.publisher = coalesce(j.publisher, journal.publisher)
  MERGE (s)-[:PUBLISHED_IN]->(j)
}
CALL (s, row) {
  UNWIND row.authors AS author
  MERGE (a:Author {id: author.id})
  ON CREATE SET a.name = author.name
  MERGE (a)-[:AUTHORED {position: author.position}]->(s)
}
CALL (s, row) {
  UNWIND row.methods AS method
  MATCH (m:Method {id: method.id})
  MERGE (s)-[:USED_METHOD {ordinal: method.ordinal}]->(m)
}
CALL (s, row) {
  UNWIND row.settings AS setting
  MERGE (x:Setting {id: setting.id})
  ON CREATE SET x.ordinal = setting.ordinal
  SET x.name = setting.name, x.description = coalesce(setting.description, x.description)
  MERGE (s)-[:CONDUCTED_IN {ordinal: setting.position}]->(x)
}
CALL (s, row) {
  UNWIND row.participants AS participant
  MATCH (g:StakeholderGroup {id: participant.groupId})
  MERGE (s)-[r:SAMPLED]->(g)
  SET r.count = participant.count, r.note = participant.note, r.ordinal = participant.ordinal
}
