MATCH (n:Journal|Author|Setting)
WHERE NOT EXISTS { (n)--() }
DELETE n
