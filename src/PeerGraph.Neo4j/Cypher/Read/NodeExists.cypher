MATCH (n {id: $id})
WHERE $label IN labels(n)
RETURN count(n) > 0 AS found
