-- Every study's themes in order of first mention, grouped by study (to build StudyThemeSets).
SELECT st.study_id, st.theme_id FROM study_theme st ORDER BY st.study_id, st.ordinal;
