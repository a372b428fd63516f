-- Every setting, in taxonomy order. No parameters.
SELECT x.id, x.name, x.description
FROM setting x
ORDER BY x.ordinal;
