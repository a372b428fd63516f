-- The methods of kind $kind (every method when $kind is NULL), in taxonomy order.
SELECT m.id, m.name, m.kind
FROM method m
WHERE $kind IS NULL OR m.kind = $kind
ORDER BY m.ordinal;
