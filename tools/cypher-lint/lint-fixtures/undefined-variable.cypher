MATCH (s:Study {id: $id})
RETURN t.id AS id
