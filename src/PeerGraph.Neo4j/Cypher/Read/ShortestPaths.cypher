MATCH (a:Study|Finding|Theme|StakeholderGroup|Journal|Author|Method|Setting {id: $fromId})
WHERE $fromLabel IN labels(a)
MATCH (b:Study|Finding|Theme|StakeholderGroup|Journal|Author|Method|Setting {id: $toId})
WHERE $toLabel IN labels(b)
CALL (a, b) {
  MATCH p = allShortestPaths((a)-[*..6]-(b))
  RETURN p
}
WITH p
WHERE length(p) <= $maxHops
WITH p, [i IN range(length(p) - 1, 0, -1) | [labels(nodes(p)[i])[0], nodes(p)[i].id, type(relationships(p)[i])]] AS backwards
ORDER BY backwards
LIMIT $first
RETURN [n IN nodes(p) | [labels(n)[0], n.id]] AS nodes,
  [r IN relationships(p) | [labels(startNode(r))[0], startNode(r).id, type(r), labels(endNode(r))[0], endNode(r).id]] AS steps
