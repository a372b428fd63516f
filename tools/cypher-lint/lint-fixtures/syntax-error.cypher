MATCH (s:Study WHERE s.id = $id RETURN s
