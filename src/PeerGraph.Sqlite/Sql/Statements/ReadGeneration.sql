SELECT value FROM store_generation WHERE id = 1;
