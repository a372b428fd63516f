MATCH (n)
WHERE (n:Journal OR n:Author OR n:Setting) AND NOT EXISTS { (n)--() }
DELETE n
