DELETE FROM search_doc WHERE rowid = (SELECT t.rowid * 4 + 3 FROM theme t WHERE t.id = $theme);
