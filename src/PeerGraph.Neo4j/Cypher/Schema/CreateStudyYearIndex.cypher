CREATE INDEX study_year IF NOT EXISTS FOR (s:Study) ON (s.year)
