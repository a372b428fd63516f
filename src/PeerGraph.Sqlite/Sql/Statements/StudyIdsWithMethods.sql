-- The studies using any method in $methodIds (a study once per method).
SELECT sm.study_id FROM study_method sm WHERE sm.method_id IN (SELECT value FROM json_each($methodIds));
