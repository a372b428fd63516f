OPTIONAL MATCH (existing:Theme)
WITH coalesce(max(existing.ordinal), -1) + 1 AS nextOrdinal
MERGE (t:Theme {id: $id})
ON CREATE SET t.ordinal = nextOrdinal
SET t.name = $name, t.description = $description
WITH t
OPTIONAL MATCH (t)-[old:SUBTHEME_OF]->(:Theme)
DELETE old
WITH DISTINCT t
OPTIONAL MATCH (p:Theme {id: $parentId})
FOREACH (parent IN CASE WHEN p IS NULL THEN [] ELSE [p] END | MERGE (t)-[:SUBTHEME_OF]->(parent))
RETURN t.id AS id
