MATCH (n) WHERE n:Study OR n:Finding OR n:Theme OR n:StakeholderGroup OR n:Journal OR n:Author OR n:Method OR n:Setting
DETACH DELETE n
