MATCH (root:Theme)
WHERE root.id IN $ids
RETURN root.id AS key, COUNT {
  MATCH (t:Theme)-[:SUBTHEME_OF*0..]->(root)
  MATCH (s:Study)-[:REPORTS]->(:Finding)-[:ABOUT]->(t)
  RETURN DISTINCT s
} AS value
