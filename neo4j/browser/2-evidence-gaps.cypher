// The evidence gaps: top-level themes that no finding (on them or their subthemes) reports from a group's perspective.
MATCH (root:Theme)
WHERE NOT EXISTS { (root)-[:SUBTHEME_OF]->(:Theme) }
MATCH (g:StakeholderGroup)
WHERE NOT EXISTS { (root)<-[:SUBTHEME_OF*0..]-(:Theme)<-[:ABOUT]-(:Finding)-[:FROM_PERSPECTIVE_OF]->(g) }
RETURN root.name AS theme, g.name AS missingPerspective
ORDER BY theme, missingPerspective
