-- Study $study's author at $position (0-based) in its list of authors.
INSERT INTO authored (study_id, position, author_id) VALUES ($study, $position, $author);
