// Shortest paths between two themes, over every relationship, either direction (at most 6 hops, 10 paths).
MATCH (a:Theme {id: 'role-clarity'})
MATCH (b:Theme {id: 'emotional-toll'})
MATCH p = allShortestPaths((a)-[*..6]-(b))
RETURN p
ORDER BY [n IN nodes(p) | n.id]
LIMIT 10
