-- Every search document (rowid, kind, node id, the study it belongs to, heading, keywords, body, evidence), to build
-- the in-memory search index. A finding's document is at its rowid * 4 + 2, so rowid / 4 finds the finding.
SELECT d.rowid, d.kind, d.node_id,
       CASE d.kind WHEN 'Study' THEN d.node_id WHEN 'Finding' THEN (SELECT f.study_id FROM finding f WHERE f.rowid = d.rowid / 4) END,
       d.heading, d.keywords, d.body, d.evidence
FROM search_doc d;
