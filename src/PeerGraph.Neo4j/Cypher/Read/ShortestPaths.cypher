MATCH (a {id: $fromId})
WHERE $fromLabel IN labels(a)
MATCH (b {id: $toId})
WHERE $toLabel IN labels(b)
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | [labels(n)[0], n.id]] AS nodes,
  [r IN relationships(p) | [labels(startNode(r))[0], startNode(r).id, type(r), labels(endNode(r))[0], endNode(r).id]] AS steps
LIMIT $first
