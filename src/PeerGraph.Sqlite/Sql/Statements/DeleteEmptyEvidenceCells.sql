-- Evidence cells hold only (theme, group) pairs with findings; the table has at most themes x groups rows.
DELETE FROM evidence_cell WHERE finding_count <= 0;
