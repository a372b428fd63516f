-- An author, unless one with this id exists (an author is never updated).
INSERT INTO author (id, name) VALUES ($id, $name) ON CONFLICT (id) DO NOTHING;
