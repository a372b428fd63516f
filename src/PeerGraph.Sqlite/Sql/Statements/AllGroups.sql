-- Every stakeholder group, in taxonomy order. No parameters.
SELECT g.id, g.name, g.description, g.synonyms
FROM stakeholder_group g
ORDER BY g.ordinal;
