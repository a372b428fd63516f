RETURN COUNT { (:Study) } AS studies, COUNT { (:Theme) } AS themes, COUNT { (:Finding) } AS findings,
  COUNT { (:StakeholderGroup) } AS stakeholderGroups, COUNT { (:Author) } AS authors, COUNT { (:Journal) } AS journals,
  COUNT { ()-[:REPORTS|ABOUT|FROM_PERSPECTIVE_OF|CONCERNS|SAMPLED|PUBLISHED_IN|AUTHORED|USED_METHOD|CONDUCTED_IN|SUBTHEME_OF]->() } AS relationships
