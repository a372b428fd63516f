MATCH (m:Method)
WHERE m.id IN $ids
RETURN m {.*} AS value
