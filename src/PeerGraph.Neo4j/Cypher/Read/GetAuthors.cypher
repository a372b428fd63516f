MATCH (a:Author)
WHERE a.id IN $ids
RETURN a {.*} AS value
