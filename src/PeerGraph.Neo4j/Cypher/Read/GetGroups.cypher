MATCH (g:StakeholderGroup)
WHERE g.id IN $ids
RETURN g {.*} AS value
