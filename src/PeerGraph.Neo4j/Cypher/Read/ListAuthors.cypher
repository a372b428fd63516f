MATCH (a:Author)
RETURN a {.*} AS value
ORDER BY a.name, a.id
