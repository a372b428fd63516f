-- 1 when a node of kind $kind (a NodeKind name) with id $id exists, else 0.
SELECT CASE $kind
  WHEN 'Study' THEN EXISTS (SELECT 1 FROM study WHERE id = $id)
  WHEN 'Finding' THEN EXISTS (SELECT 1 FROM finding WHERE id = $id)
  WHEN 'Theme' THEN EXISTS (SELECT 1 FROM theme WHERE id = $id)
  WHEN 'StakeholderGroup' THEN EXISTS (SELECT 1 FROM stakeholder_group WHERE id = $id)
  WHEN 'Journal' THEN EXISTS (SELECT 1 FROM journal WHERE id = $id)
  WHEN 'Author' THEN EXISTS (SELECT 1 FROM author WHERE id = $id)
  WHEN 'Method' THEN EXISTS (SELECT 1 FROM method WHERE id = $id)
  WHEN 'Setting' THEN EXISTS (SELECT 1 FROM setting WHERE id = $id)
  ELSE 0
END;
