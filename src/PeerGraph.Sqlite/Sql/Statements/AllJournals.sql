-- Every journal, by name then id. No parameters.
SELECT j.id, j.name, j.issn, j.publisher
FROM journal j
ORDER BY j.name, j.id;
