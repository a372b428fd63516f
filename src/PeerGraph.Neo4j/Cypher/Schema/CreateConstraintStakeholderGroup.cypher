CREATE CONSTRAINT stakeholder_group_id IF NOT EXISTS FOR (n:StakeholderGroup) REQUIRE n.id IS UNIQUE
