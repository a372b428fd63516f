UNWIND $rows AS row
MATCH (t:Theme {id: row.id})
OPTIONAL MATCH (t)-[old:SUBTHEME_OF]->(:Theme)
DELETE old
WITH DISTINCT t, row
MATCH (p:Theme {id: row.parentId})
MERGE (t)-[:SUBTHEME_OF]->(p)
