-- A stakeholder group of a seed, at its place ($ordinal) in the seed's list.
INSERT INTO stakeholder_group (id, ordinal, name, description, synonyms) VALUES ($id, $ordinal, $name, $description, $synonyms);
