-- 1 when the graph has no study, no theme and no stakeholder group, else 0. No parameters.
SELECT NOT EXISTS (SELECT 1 FROM study) AND NOT EXISTS (SELECT 1 FROM theme) AND NOT EXISTS (SELECT 1 FROM stakeholder_group);
