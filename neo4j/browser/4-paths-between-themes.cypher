// Shortest paths between two themes, over every relationship, either direction.
MATCH (a:Theme {id: 'role-clarity'}), (b:Theme {id: 'emotional-toll'})
MATCH p = allShortestPaths((a)-[*..6]-(b))
RETURN p
LIMIT 10
