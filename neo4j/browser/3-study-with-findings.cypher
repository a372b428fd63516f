// A study with its findings, their themes and the evidence (as a picture: return the paths).
MATCH p = (s:Study {id: 'intentional-differences-2021'})-[:REPORTS]->(f:Finding)-[:ABOUT]->(t:Theme)
RETURN p
