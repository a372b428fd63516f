MATCH (j:Journal)
WHERE j.id IN $ids
RETURN j {.*} AS value
