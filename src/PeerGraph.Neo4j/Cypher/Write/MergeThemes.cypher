UNWIND $rows AS row
MERGE (t:Theme {id: row.id})
ON CREATE SET t.ordinal = row.ordinal
SET t.name = row.name, t.description = row.description
