MATCH (s:Study {id: $id})
OPTIONAL MATCH (s)-[:REPORTS]->(f:Finding)
WITH s, collect(f) AS findings
FOREACH (f IN findings | DETACH DELETE f)
DETACH DELETE s
RETURN count(*) AS deleted
