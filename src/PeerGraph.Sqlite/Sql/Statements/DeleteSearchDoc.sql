-- One search document by its rowid $key (see SearchDocKeysOfStudy.sql): FTS5 finds a row by rowid only from an
-- equality; a rowid IN (...) read the whole table (1.7 ms a write on 10,000 studies, against 0.1 ms).
DELETE FROM search_doc WHERE rowid = $key;
