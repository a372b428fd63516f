RETURN NOT EXISTS { (:Study) } AND NOT EXISTS { (:Theme) } AND NOT EXISTS { (:StakeholderGroup) } AS empty
