UNWIND $rows AS row
MERGE (g:StakeholderGroup {id: row.id})
SET g.name = row.name, g.description = row.description, g.synonyms = row.synonyms, g.ordinal = row.ordinal
