MATCH (g:StakeholderGroup)
RETURN g {.*} AS value
ORDER BY g.ordinal
