MATCH (x:Setting)
RETURN x {.*} AS value
ORDER BY x.ordinal
