MATCH (m:Method)
WHERE $kind IS NULL OR m.kind = $kind
RETURN m {.*} AS value
ORDER BY m.ordinal
