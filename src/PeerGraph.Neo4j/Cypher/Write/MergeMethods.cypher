UNWIND $rows AS row
MERGE (m:Method {id: row.id})
SET m.name = row.name, m.kind = row.kind, m.ordinal = row.ordinal
