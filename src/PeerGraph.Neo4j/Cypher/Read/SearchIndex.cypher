CALL db.index.fulltext.queryNodes('search', $query) YIELD node, score
RETURN CASE WHEN node:Study THEN 'Study' WHEN node:Finding THEN 'Finding' ELSE 'Theme' END AS kind, node.id AS id, score,
  [text IN [node.title, node.abstract, node.keywordText, node.statement, node.evidence, node.name, node.description] WHERE text IS NOT NULL] AS texts
ORDER BY score DESC, kind, id
LIMIT $first
