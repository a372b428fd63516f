-- Rows (study id, theme) for the studies in $ids (a JSON list): each study's themes in order of first mention.
SELECT st.study_id, t.id, t.name, t.description, t.parent_id
FROM study_theme st
JOIN theme t ON t.id = st.theme_id
WHERE st.study_id IN (SELECT value FROM json_each($ids))
ORDER BY st.study_id, st.ordinal;
