-- One level of a breadth-first search: every relationship of the graph model, followed in both directions from
-- the nodes at distance $d, to nodes not yet reached. fwd = 1 when the relationship is stored pred -> node.
INSERT INTO temp.path_pred (kind, id, dist, pred_kind, pred_id, rel_type, fwd)
SELECT n.kind, n.id, $d + 1, n.pred_kind, n.pred_id, n.rel_type, n.fwd FROM (
  SELECT 'Finding' AS kind, f.id AS id, v.kind AS pred_kind, v.id AS pred_id, 'REPORTS' AS rel_type, 1 AS fwd
    FROM temp.path_node v JOIN finding f ON f.study_id = v.id WHERE v.dist = $d AND v.kind = 'Study'
  UNION ALL SELECT 'Study', f.study_id, v.kind, v.id, 'REPORTS', 0
    FROM temp.path_node v JOIN finding f ON f.id = v.id WHERE v.dist = $d AND v.kind = 'Finding'
  UNION ALL SELECT 'Theme', f.theme_id, v.kind, v.id, 'ABOUT', 1
    FROM temp.path_node v JOIN finding f ON f.id = v.id WHERE v.dist = $d AND v.kind = 'Finding'
  UNION ALL SELECT 'Finding', f.id, v.kind, v.id, 'ABOUT', 0
    FROM temp.path_node v JOIN finding f ON f.theme_id = v.id WHERE v.dist = $d AND v.kind = 'Theme'
  UNION ALL SELECT 'StakeholderGroup', fp.group_id, v.kind, v.id, 'FROM_PERSPECTIVE_OF', 1
    FROM temp.path_node v JOIN finding_perspective fp ON fp.finding_id = v.id WHERE v.dist = $d AND v.kind = 'Finding'
  UNION ALL SELECT 'Finding', fp.finding_id, v.kind, v.id, 'FROM_PERSPECTIVE_OF', 0
    FROM temp.path_node v JOIN finding_perspective fp ON fp.group_id = v.id WHERE v.dist = $d AND v.kind = 'StakeholderGroup'
  UNION ALL SELECT 'StakeholderGroup', fa.group_id, v.kind, v.id, 'CONCERNS', 1
    FROM temp.path_node v JOIN finding_about fa ON fa.finding_id = v.id WHERE v.dist = $d AND v.kind = 'Finding'
  UNION ALL SELECT 'Finding', fa.finding_id, v.kind, v.id, 'CONCERNS', 0
    FROM temp.path_node v JOIN finding_about fa ON fa.group_id = v.id WHERE v.dist = $d AND v.kind = 'StakeholderGroup'
  UNION ALL SELECT 'StakeholderGroup', p.group_id, v.kind, v.id, 'SAMPLED', 1
    FROM temp.path_node v JOIN participation p ON p.study_id = v.id WHERE v.dist = $d AND v.kind = 'Study'
  UNION ALL SELECT 'Study', p.study_id, v.kind, v.id, 'SAMPLED', 0
    FROM temp.path_node v JOIN participation p ON p.group_id = v.id WHERE v.dist = $d AND v.kind = 'StakeholderGroup'
  UNION ALL SELECT 'Journal', s.journal_id, v.kind, v.id, 'PUBLISHED_IN', 1
    FROM temp.path_node v JOIN study s ON s.id = v.id WHERE v.dist = $d AND v.kind = 'Study' AND s.journal_id IS NOT NULL
  UNION ALL SELECT 'Study', s.id, v.kind, v.id, 'PUBLISHED_IN', 0
    FROM temp.path_node v JOIN study s ON s.journal_id = v.id WHERE v.dist = $d AND v.kind = 'Journal'
  UNION ALL SELECT 'Study', au.study_id, v.kind, v.id, 'AUTHORED', 1
    FROM temp.path_node v JOIN authored au ON au.author_id = v.id WHERE v.dist = $d AND v.kind = 'Author'
  UNION ALL SELECT 'Author', au.author_id, v.kind, v.id, 'AUTHORED', 0
    FROM temp.path_node v JOIN authored au ON au.study_id = v.id WHERE v.dist = $d AND v.kind = 'Study'
  UNION ALL SELECT 'Method', sm.method_id, v.kind, v.id, 'USED_METHOD', 1
    FROM temp.path_node v JOIN study_method sm ON sm.study_id = v.id WHERE v.dist = $d AND v.kind = 'Study'
  UNION ALL SELECT 'Study', sm.study_id, v.kind, v.id, 'USED_METHOD', 0
    FROM temp.path_node v JOIN study_method sm ON sm.method_id = v.id WHERE v.dist = $d AND v.kind = 'Method'
  UNION ALL SELECT 'Setting', ss.setting_id, v.kind, v.id, 'CONDUCTED_IN', 1
    FROM temp.path_node v JOIN study_setting ss ON ss.study_id = v.id WHERE v.dist = $d AND v.kind = 'Study'
  UNION ALL SELECT 'Study', ss.study_id, v.kind, v.id, 'CONDUCTED_IN', 0
    FROM temp.path_node v JOIN study_setting ss ON ss.setting_id = v.id WHERE v.dist = $d AND v.kind = 'Setting'
  UNION ALL SELECT 'Theme', t.parent_id, v.kind, v.id, 'SUBTHEME_OF', 1
    FROM temp.path_node v JOIN theme t ON t.id = v.id WHERE v.dist = $d AND v.kind = 'Theme' AND t.parent_id IS NOT NULL
  UNION ALL SELECT 'Theme', t.id, v.kind, v.id, 'SUBTHEME_OF', 0
    FROM temp.path_node v JOIN theme t ON t.parent_id = v.id WHERE v.dist = $d AND v.kind = 'Theme'
) n
WHERE NOT EXISTS (SELECT 1 FROM temp.path_node w WHERE w.kind = n.kind AND w.id = n.id);
