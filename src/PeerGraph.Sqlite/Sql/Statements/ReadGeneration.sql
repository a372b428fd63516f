-- The store generation: one more for every write transaction, from any process. No parameters.
SELECT value FROM store_generation WHERE id = 1;
