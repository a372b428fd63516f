MATCH (x:Setting)
WHERE x.id IN $ids
RETURN x {.*} AS value
