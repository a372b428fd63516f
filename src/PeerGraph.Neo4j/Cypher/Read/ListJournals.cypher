MATCH (j:Journal)
RETURN j {.*} AS value
ORDER BY j.name, j.id
