-- Every author, by name then id. No parameters.
SELECT a.id, a.name
FROM author a
ORDER BY a.name, a.id;
