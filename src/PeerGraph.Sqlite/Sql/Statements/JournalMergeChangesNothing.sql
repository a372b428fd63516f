-- 1 when merging journal $id with ISSNs $issn (a JSON list) and publisher $publisher (UpsertJournal.sql) would leave
-- its row as it is; no row when there is no such journal (the merge would insert it).
SELECT (SELECT json_group_array(value) FROM (SELECT value FROM json_each(j.issn) UNION SELECT value FROM json_each($issn))) = j.issn
  AND COALESCE(j.publisher, $publisher) IS j.publisher
FROM journal j
WHERE j.id = $id;
