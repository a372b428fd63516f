-- A theme just created through the API (written with ordinal 2147483647, int.MaxValue) goes last in taxonomy order.
UPDATE theme SET ordinal = (SELECT COALESCE(MAX(ordinal), -1) + 1 FROM theme WHERE ordinal < 2147483647) WHERE ordinal = 2147483647;
