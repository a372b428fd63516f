-- A method of a seed, at its place ($ordinal) in the seed's list; $kind as MethodKindText writes it.
INSERT INTO method (id, ordinal, name, kind) VALUES ($id, $ordinal, $name, $kind);
