-- The rows hanging off study $study as the insert statements of an upsert wrote them, one shape for all: (part, key,
-- second key, ordinal, three values). Settings come with their name and description. An upsert compares them with the
-- rows it would write (SqliteRecordWriter.Unchanged.cs); the order does not matter.
SELECT 'authored', a.author_id, NULL, a.position, NULL, NULL, NULL FROM authored a WHERE a.study_id = $study
UNION ALL
SELECT 'method', m.method_id, NULL, m.ordinal, NULL, NULL, NULL FROM study_method m WHERE m.study_id = $study
UNION ALL
SELECT 'setting', x.setting_id, NULL, x.ordinal, s.name, s.description, NULL
FROM study_setting x JOIN setting s ON s.id = x.setting_id WHERE x.study_id = $study
UNION ALL
SELECT 'participation', p.group_id, NULL, p.ordinal, p.count, p.note, NULL FROM participation p WHERE p.study_id = $study
UNION ALL
SELECT 'finding', f.id, NULL, f.ordinal, f.theme_id, f.statement, f.evidence FROM finding f WHERE f.study_id = $study
UNION ALL
SELECT 'perspective', fp.finding_id, fp.group_id, fp.ordinal, NULL, NULL, NULL
FROM finding f JOIN finding_perspective fp ON fp.finding_id = f.id WHERE f.study_id = $study
UNION ALL
SELECT 'about', fa.finding_id, fa.group_id, fa.ordinal, NULL, NULL, NULL
FROM finding f JOIN finding_about fa ON fa.finding_id = f.id WHERE f.study_id = $study;
