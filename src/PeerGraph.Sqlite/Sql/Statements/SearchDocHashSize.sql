-- The memory FTS5 gathers new index entries in before it writes them out as a segment of search_doc ($bytes; FTS5's
-- default is 1 MiB). A seed load sets 64 MiB while it fills the search documents, then the default again: fewer,
-- larger segments to write and merge (the study documents of 100,000 studies took half the time in a trial).
INSERT INTO search_doc (search_doc, rank) VALUES ('hashsize', $bytes);
