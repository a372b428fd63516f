-- One search document by its rowid $key (see SearchDocKeysOfStudy.sql).
DELETE FROM search_doc WHERE rowid = $key;
