MATCH (n:Study|Finding|Theme|StakeholderGroup|Journal|Author|Method|Setting)
DETACH DELETE n
