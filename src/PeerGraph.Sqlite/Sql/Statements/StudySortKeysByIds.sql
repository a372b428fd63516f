-- The sort keys of the studies in $ids.
SELECT s.id, s.year, s.citation_count, s.title_sort FROM study s WHERE s.id IN (SELECT value FROM json_each($ids));
