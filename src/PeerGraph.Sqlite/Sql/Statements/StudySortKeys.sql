-- Every study's sort keys (the study orders: year, citation count, title sort key; ties by id).
SELECT s.id, s.year, s.citation_count, s.title_sort FROM study s;
