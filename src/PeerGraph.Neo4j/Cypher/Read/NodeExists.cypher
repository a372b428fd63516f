MATCH (n:Study|Finding|Theme|StakeholderGroup|Journal|Author|Method|Setting {id: $id})
WHERE $label IN labels(n)
RETURN count(n) > 0 AS found
