// Themes by perspective: for each stakeholder group, the themes its findings speak to, with how many findings.
MATCH (g:StakeholderGroup)<-[:FROM_PERSPECTIVE_OF]-(f:Finding)-[:ABOUT]->(t:Theme)
RETURN g.name AS perspective, t.name AS theme, count(f) AS findings
ORDER BY perspective, findings DESC, theme
