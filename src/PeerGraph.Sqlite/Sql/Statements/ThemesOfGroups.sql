-- Rows (group id, theme) for the stakeholder groups in $ids (a JSON list): the themes of findings from the group's perspective, once each, in taxonomy order.
SELECT fp.group_id, t.id, t.name, t.description, t.parent_id
FROM finding_perspective fp
JOIN finding f ON f.id = fp.finding_id
JOIN theme t ON t.id = f.theme_id
WHERE fp.group_id IN (SELECT value FROM json_each($ids))
GROUP BY fp.group_id, t.id
ORDER BY fp.group_id, t.ordinal;
